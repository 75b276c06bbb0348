package cn.jiandang.tasks;

import cn.jiandang.security.Officer;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Whatever channel called us, the engine records this officer as the one who acted. */
@Component
class ActingOfficer {

    private final IdentityService identityService;

    ActingOfficer(IdentityService identityService) {
        this.identityService = identityService;
    }

    void as(Officer officer, Runnable action) {
        var previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(officer.username(), officer.candidateGroups());
        try {
            action.run();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}
