package cn.jiandang.base.ui;

import cn.jiandang.security.RegionAccessDeniedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a URL names something of another region: says so, reveals nothing of it. */
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<RegionAccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RegionAccessDeniedException> parameter) {
        removeAll();
        addClassName("jd-error");
        Paragraph message = new Paragraph(parameter.getException().getMessage());
        message.setId("access-denied-message");
        add(new H2(getTranslation("denied.title")), message, new Anchor("", getTranslation("back.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
