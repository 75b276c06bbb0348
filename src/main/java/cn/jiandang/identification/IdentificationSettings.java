package cn.jiandang.identification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** How long the public notice runs and after how long an open case escalates (ISO-8601 durations). */
@Component
class IdentificationSettings {

    private final String noticeDuration;
    private final String escalationAfter;

    IdentificationSettings(
            @Value("${jiandang.identification.notice-duration:P7D}") String noticeDuration,
            @Value("${jiandang.identification.escalation-after:P15D}") String escalationAfter) {
        this.noticeDuration = checked("jiandang.identification.notice-duration", noticeDuration);
        this.escalationAfter = checked("jiandang.identification.escalation-after", escalationAfter);
    }

    String noticeDuration() {
        return noticeDuration;
    }

    String escalationAfter() {
        return escalationAfter;
    }

    Duration notice() {
        return Duration.parse(noticeDuration);
    }

    private static String checked(String property, String value) {
        try {
            Duration.parse(value);
            return value;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(property + " must be an ISO-8601 duration such as P7D, not " + value, e);
        }
    }
}
