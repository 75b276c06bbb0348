package cn.jiandang.audit.internal;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;

/** One entry to append; who, when and from which task or request are taken when it is made. */
public record AuditRow(
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        Long householdId,
        String regionCode,
        String before,
        String after,
        String taskId,
        String requestId,
        String detail) {

    public static AuditRow now(
            Clock clock,
            String action,
            String entityType,
            String entityId,
            Long householdId,
            String region,
            String before,
            String after,
            String detail) {
        return by(clock, currentActor(), action, entityType, entityId, householdId, region, before, after, detail);
    }

    public static AuditRow by(
            Clock clock,
            String actor,
            String action,
            String entityType,
            String entityId,
            Long householdId,
            String region,
            String before,
            String after,
            String detail) {
        return new AuditRow(
                Instant.now(clock),
                actor == null || actor.isBlank() ? "anonymous" : actor,
                action,
                entityType,
                entityId,
                householdId,
                region,
                before,
                after,
                MDC.get(AuditActions.MDC_TASK_ID),
                MDC.get(AuditActions.MDC_REQUEST_ID),
                detail);
    }

    /** The logged-in officer, else "system" (demo seeding, the engine's job executor). */
    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        try {
            return CurrentOfficer.from(auth).map(Officer::username).orElse(auth.getName());
        } catch (RuntimeException e) {
            return auth.getName();
        }
    }
}
