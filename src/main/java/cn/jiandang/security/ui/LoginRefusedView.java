package cn.jiandang.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a refused single sign-on lands (Keycloak profile): says why, instead of sending the browser back to
 * Keycloak, whose session would log it straight in and out again.
 */
@Route(value = LoginRefusedView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login-refused";

    private final Paragraph message = new Paragraph();

    public LoginRefusedView(Environment environment) {
        addClassName("jd-error");
        message.setId("login-refused-message");
        // Keycloak's session is still alive: end it there first, else the same account comes straight back
        String issuer = environment.getProperty("jiandang.keycloak.issuer-uri", "");
        String clientId = environment.getProperty("jiandang.keycloak.client-id", "jiandang-app");
        Anchor retry = new Anchor(
                issuer.isBlank()
                        ? ""
                        : issuer + "/protocol/openid-connect/logout?client_id="
                                + URLEncoder.encode(clientId, StandardCharsets.UTF_8),
                getTranslation("security.refused.retry"));
        retry.setId("login-refused-retry");
        add(new H2(getTranslation("security.refused.title")), message, retry);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean region =
                event.getLocation().getQueryParameters().getParameters().containsKey("reason");
        message.setText(getTranslation(region ? "security.refused.region" : "security.refused.other"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.loginRefused") + " · " + getTranslation("app.name");
    }
}
