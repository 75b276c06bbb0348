package cn.jiandang.audit;

import cn.jiandang.audit.internal.AuditRow;
import cn.jiandang.audit.internal.AuditStore;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.AccessRefused;
import cn.jiandang.security.RegionAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The audit log's public face. Writes of entities are recorded without anyone calling it (a Hibernate listener);
 * callers record what is no write: refused accesses and views of personal numbers. There is no way to change or
 * remove an entry.
 */
@Service
public class AuditLog {

    private final AuditStore store;
    private final RegionAccess access;
    private final Clock clock;

    AuditLog(AuditStore store, RegionAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** The entries of a household, newest first, for the household page (region-checked). */
    @Transactional(readOnly = true)
    public List<AuditEntryView> forHousehold(long householdId, RegionCode village) {
        access.checkRead(village);
        return store.forHousehold(householdId, 200);
    }

    /** Records an action in the caller's transaction: it stands or falls with what it describes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action, String entityType, String entityId, Long householdId, RegionCode region, String detail) {
        store.insert(AuditRow.now(
                clock,
                action,
                entityType,
                entityId,
                householdId,
                region == null ? null : region.value(),
                null,
                null,
                detail));
    }

    /**
     * Records many writes made without entities (a bulk import's batch inserts), one entry each, sent as one JDBC
     * batch in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String entityType, List<Entry> entries) {
        store.insertBatch(entries.stream()
                .map(e -> AuditRow.now(
                        clock,
                        action,
                        entityType,
                        e.entityId(),
                        e.householdId(),
                        e.region() == null ? null : e.region().value(),
                        null,
                        null,
                        e.detail()))
                .toList());
    }

    /** One entry of {@link #recordAll}: which record, of which household and region, and what happened. */
    public record Entry(String entityId, Long householdId, RegionCode region, String detail) {}

    /** A refusal is recorded in a transaction of its own: the refused caller's transaction rolls back. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AccessRefused refusal) {
        Long household = "Household".equals(refusal.targetType())
                        && refusal.targetId() != null
                        && refusal.targetId().matches("\\d{1,18}")
                ? Long.valueOf(refusal.targetId())
                : null;
        store.insert(AuditRow.by(
                clock,
                refusal.username(),
                AuditActions.ACCESS_REFUSED,
                refusal.targetType(),
                refusal.targetId(),
                household,
                refusal.region(),
                null,
                null,
                refusal.reason()));
    }
}
