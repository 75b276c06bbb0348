package cn.jiandang.security;

import cn.jiandang.region.RegionCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

import java.util.Set;

/** Logs a demo officer in for a test, as the login page would. */
public final class TestLogins {

    private TestLogins() {}

    public static Officer officer(String username) {
        return LocalUsersConfig.DEMO_OFFICERS.stream()
                .filter(o -> o.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo officer " + username));
    }

    /** Every demo login of the embedded default. */
    public static java.util.List<Officer> demoOfficers() {
        return LocalUsersConfig.DEMO_OFFICERS;
    }

    /** A made-up officer, e.g. of a region without a demo login. */
    public static Officer officer(String username, Role role, String region) {
        return new Officer(username, username, Set.of(role), RegionCode.of(region));
    }

    public static Authentication login(String username) {
        return login(officer(username));
    }

    public static Authentication login(Officer officer) {
        OfficerPrincipal principal = new OfficerPrincipal(officer, "");
        Authentication auth = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
        // MockMvc with Spring Security test support keeps the last request's login here and reuses it
        TestSecurityContextHolder.clearContext();
    }
}
