package cn.jiandang.base.ui;

import cn.jiandang.security.AccessRefused;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A view the officer's role may not open (a village officer at the function-opening page): says so in the officer's
 * language and is audited like every refusal. Replaces Vaadin's English default.
 */
@PermitAll
public class RouteDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final transient ApplicationEventPublisher events;
    private final transient CurrentOfficer current;

    RouteDeniedView(ApplicationEventPublisher events, CurrentOfficer current) {
        this.events = events;
        this.current = current;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String user = current.get().map(Officer::username).orElse("anonymous");
        events.publishEvent(
                new AccessRefused(user, "View", "/" + event.getLocation().getPath(), null, "您的角色无权打开此页面"));
        removeAll();
        addClassName("jd-error");
        Paragraph message = new Paragraph(getTranslation("denied.view"));
        message.setId("access-denied-message");
        add(new H2(getTranslation("denied.title")), message, new Anchor("", getTranslation("back.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
