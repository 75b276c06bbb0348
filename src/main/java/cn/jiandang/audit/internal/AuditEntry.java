package cn.jiandang.audit.internal;

import cn.jiandang.audit.AuditEntryView;
import cn.jiandang.security.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** An audit entry, read-only for JPA: entries are appended with JDBC and never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private Long householdId;
    private String regionCode;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    private String taskId;
    private String requestId;
    private String detail;

    protected AuditEntry() {}

    AuditEntryView view() {
        return new AuditEntryView(
                id,
                occurredAt,
                actor,
                action,
                entityType,
                Masking.text(entityId),
                Masking.text(before),
                Masking.text(after),
                taskId,
                requestId,
                Masking.text(detail));
    }
}
