package cn.jiandang.base.ui;

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
 * Errors a user can cause (rule violations, a task done by someone else, another region) are shown as their
 * message; anything else as a generic message, with the details only in the log.
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

    /** Our own exceptions, and rule violations thrown by our code, carry a message written for the user. */
    private static boolean isOurs(Throwable t) {
        if (t.getClass().getName().startsWith("cn.jiandang.")) {
            return true;
        }
        StackTraceElement[] stack = t.getStackTrace();
        return t instanceof IllegalArgumentException && stack.length > 0
                && stack[0].getClassName().startsWith("cn.jiandang.");
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
