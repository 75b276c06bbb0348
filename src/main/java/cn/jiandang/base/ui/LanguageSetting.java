package cn.jiandang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Chinese first, whatever the browser says; English only when the officer switches to it. */
@Component
class LanguageSetting implements VaadinServiceInitListener {

    static final String SESSION_KEY = "jiandang.locale";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> e.getUI().setLocale(current(e.getUI().getSession())));
    }

    static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    /** Switches this session's language and reloads the page in it. */
    static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
