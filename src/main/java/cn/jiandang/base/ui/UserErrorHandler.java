package cn.jiandang.base.ui;

import cn.jiandang.common.BusinessException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors a user can cause ({@link BusinessException}: rule violations, a task done by someone else, another
 * region) are shown as their message; anything else as a generic message, with the details only in the log.
 */
@Component
class UserErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static String messageFor(Throwable t, UI ui) {
        Throwable cause = t;
        while (cause != null) {
            if (isOurs(cause)) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        return ui == null ? "系统出错" : ui.getTranslation("error.unexpected");
    }

    private static boolean isOurs(Throwable t) {
        return t instanceof BusinessException;
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            String message = messageFor(event.getThrowable(), ui);
            if (message == null || (ui != null && message.equals(ui.getTranslation("error.unexpected")))) {
                log.error("Unexpected error in the UI", event.getThrowable());
            }
            if (ui != null) {
                ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }
    }
}
