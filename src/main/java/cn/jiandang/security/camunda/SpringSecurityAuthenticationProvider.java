package cn.jiandang.security.camunda;

import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Hands the Spring Security login to Cockpit, Admin and Tasklist, so they need no login of their own. */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Optional<Officer> officer = CurrentOfficer.from(SecurityContextHolder.getContext().getAuthentication());
        if (officer.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(officer.get().username());
        result.setGroups(officer.get().candidateGroups());
        return result;
    }
}
