package cn.jiandang.audit;

import java.time.Instant;

/** One audit entry as the household page shows it; before and after are JSON of the changed properties. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String taskId,
        String requestId,
        String detail) {}
