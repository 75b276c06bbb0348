package cn.jiandang.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly not-found page in the officer's language, never a stack trace. */
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        addClassName("jd-error");
        getElement()
                .appendChild(
                        new H2(getTranslation("notfound.title")).getElement(),
                        new Paragraph(getTranslation("notfound.text")).getElement(),
                        new Anchor("", getTranslation("back.home")).getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
