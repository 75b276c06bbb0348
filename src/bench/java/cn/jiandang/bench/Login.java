package cn.jiandang.bench;

import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An officer of the synthetic province logged in as the login page would (the tests' {@link TestLogins}), for the
 * services and, inside a mock Vaadin request, for the views' access checks. The one place that knows how.
 */
public record Login(String username, Role role, String region) {

    public void services() {
        TestLogins.login(TestLogins.officer(username, role, region));
    }

    /** Inside MockVaadin: the request's principal and roles too, which Vaadin's view access checker reads. */
    public void view() {
        Authentication auth = TestLogins.login(TestLogins.officer(username, role, region));
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> roles.contains(r));
    }

    public static void logout() {
        TestLogins.logout();
    }
}
