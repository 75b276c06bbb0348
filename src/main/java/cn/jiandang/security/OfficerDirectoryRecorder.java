package cn.jiandang.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Every successful login (form, HTTP Basic, OIDC or bearer token) keeps the officer directory current. */
@Component
class OfficerDirectoryRecorder {

    private static final Logger log = LoggerFactory.getLogger(OfficerDirectoryRecorder.class);

    private final OfficerDirectory directory;

    OfficerDirectoryRecorder(OfficerDirectory directory) {
        this.directory = directory;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        Optional<Officer> officer;
        try {
            officer = CurrentOfficer.from(event.getAuthentication());
        } catch (RuntimeException e) {
            // a login without region is refused elsewhere; it is no colleague of anyone
            return;
        }
        try {
            officer.ifPresent(directory::seen);
        } catch (DataAccessException e) {
            // the directory only serves the hand-over picker: a failed write must not fail the login
            log.warn(
                    "Could not record officer {} in the directory",
                    officer.get().username(),
                    e);
        }
    }
}
