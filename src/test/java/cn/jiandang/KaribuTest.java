package cn.jiandang;

import cn.jiandang.security.TestLogins;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/** Views without a browser: Karibu-Testing on the shared Spring context, logged in as a demo officer. */
@JiandangSpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.jiandang");

    @Autowired
    protected ApplicationContext ctx;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        TestLogins.logout();
        MockVaadin.tearDown();
    }

    /** Logs in for the security context and for the request, which Vaadin's view access checker reads. */
    protected void login(String username) {
        Authentication auth = TestLogins.login(username);
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
