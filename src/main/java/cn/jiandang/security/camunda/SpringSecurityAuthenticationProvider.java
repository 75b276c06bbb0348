package cn.jiandang.security.camunda;

import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hands the Spring Security login to Cockpit, Admin and Tasklist, so they need no login of their own. */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    private static final String ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Optional<Officer> officer =
                CurrentOfficer.from(SecurityContextHolder.getContext().getAuthentication());
        if (officer.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        ensureEngineUser(engine, officer.get());
        AuthenticationResult result =
                AuthenticationResult.successful(officer.get().username());
        List<String> groups = new ArrayList<>(officer.get().candidateGroups());
        groups.add(ADMIN_GROUP);
        result.setGroups(groups);
        return result;
    }

    /**
     * The webapps load the user's profile from the engine's identity tables; officers live in Keycloak or the
     * local demo users, so the profile is created (without a password: nobody can log in with it) on first use.
     */
    private static void ensureEngineUser(ProcessEngine engine, Officer officer) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(officer.username()).count() == 0) {
            User user = identity.newUser(officer.username());
            user.setFirstName(officer.displayName());
            user.setLastName("");
            identity.saveUser(user);
        }
        // the webapps send a system without any camunda-admin member to their first-user setup page
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(ADMIN_GROUP);
            group.setName("国务院扶贫办信息中心");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery()
                        .userId(officer.username())
                        .memberOfGroup(ADMIN_GROUP)
                        .count()
                == 0) {
            identity.createMembership(officer.username(), ADMIN_GROUP);
        }
    }
}
