package cn.jiandang.base.ui;

import cn.jiandang.common.BusinessException;
import com.vaadin.flow.component.ComponentUtil;
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
 * Forms show their own errors on their fields and at their top ({@code FormCheck}); what reaches this handler is
 * shown at the top of the page, one message at a time: a new one replaces the last instead of stacking on it.
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

    /** The one error message of the page: the previous one, if still open, gives way to the new one. */
    static void show(UI ui, String message) {
        Notification previous = ComponentUtil.getData(ui, Notification.class);
        if (previous != null && previous.isOpened()) {
            previous.close();
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-message");
        ComponentUtil.setData(ui, Notification.class, notification);
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
                ui.access(() -> show(ui, message));
            }
        }
    }
}
