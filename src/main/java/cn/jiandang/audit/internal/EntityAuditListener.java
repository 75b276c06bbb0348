package cn.jiandang.audit.internal;

import cn.jiandang.audit.AuditActions;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every insert, update and delete of every entity of ours, and every change of an element collection,
 * as an audit row: who, when, which entity, before and after (only the changed properties), task and request.
 * The row is appended on the session's own connection just before the transaction commits, so it is part of
 * the same transaction: no write without its entry, no entry without its write. This class captures the events and
 * batches the rows; what a row holds is {@link AuditStates} (ID and phone numbers masked with a keyed token) and whom
 * it is about {@link AuditSubject}.
 */
class EntityAuditListener
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PreCollectionUpdateEventListener,
                PostCollectionRecreateEventListener,
                PreCollectionRemoveEventListener {

    private static final String OURS = "cn.jiandang.";

    private final Clock clock;
    private final AuditTokens tokens;
    private final AuditStates states;
    /** Rows not yet written, per session (sessions are thread-confined; identity keys). */
    private final Map<Object, List<AuditRow>> pending = Collections.synchronizedMap(new IdentityHashMap<>());

    EntityAuditListener(Clock clock, AuditTokens tokens) {
        this.clock = clock;
        this.tokens = tokens;
        this.states = new AuditStates(tokens);
    }

    /** Whether the entity class is audited: all of ours except the audit entry itself. */
    static boolean audited(Class<?> type) {
        return type.getName().startsWith(OURS) && type != AuditEntry.class;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getEntity().getClass())) {
            entityRow(
                    event.getSession(),
                    event.getPersister(),
                    event.getEntity(),
                    event.getId(),
                    AuditActions.CREATE,
                    null,
                    event.getState(),
                    null);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (audited(event.getEntity().getClass())) {
            entityRow(
                    event.getSession(),
                    event.getPersister(),
                    event.getEntity(),
                    event.getId(),
                    AuditActions.UPDATE,
                    event.getOldState(),
                    event.getState(),
                    event.getDirtyProperties());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity().getClass())) {
            entityRow(
                    event.getSession(),
                    event.getPersister(),
                    event.getEntity(),
                    event.getId(),
                    AuditActions.DELETE,
                    event.getDeletedState(),
                    null,
                    null);
        }
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        collectionRow(event, states.snapshot(event.getCollection()), states.elements(event.getCollection()));
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionRow(event, List.of(), states.elements(event.getCollection()));
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        collectionRow(event, states.snapshot(event.getCollection()), List.of());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void entityRow(
            EventSource session,
            EntityPersister persister,
            Object entity,
            Object id,
            String action,
            Object[] before,
            Object[] after,
            int[] dirty) {
        if (dirty != null && dirty.length == 0) {
            return;
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        AuditSubject subject = AuditSubject.ofEntity(session, persister, entity, id, after != null ? after : before);
        append(
                session,
                AuditRow.now(
                        clock,
                        action,
                        entity.getClass().getSimpleName(),
                        String.valueOf(id),
                        subject.householdId(),
                        subject.region(),
                        states.write(states.properties(session, names, types, before, dirty)),
                        states.write(states.properties(session, names, types, after, dirty)),
                        null));
    }

    private void collectionRow(AbstractCollectionEvent event, List<String> before, List<String> after) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || !audited(owner.getClass()) || before.equals(after)) {
            return;
        }
        CollectionEntry entry =
                event.getSession().getPersistenceContextInternal().getCollectionEntry(event.getCollection());
        CollectionPersister persister = entry == null
                ? null
                : entry.getCurrentPersister() != null ? entry.getCurrentPersister() : entry.getLoadedPersister();
        if (persister == null || persister.getElementType().isEntityType()) {
            return; // the element entities are audited themselves
        }
        String property = persister.getRole().substring(persister.getRole().lastIndexOf('.') + 1);
        Object id = event.getAffectedOwnerIdOrNull();
        AuditSubject subject = AuditSubject.ofOwner(event.getSession().getEntityPersister(null, owner), owner, id);
        append(
                event.getSession(),
                AuditRow.now(
                        clock,
                        AuditActions.UPDATE,
                        owner.getClass().getSimpleName(),
                        String.valueOf(id),
                        subject.householdId(),
                        subject.region(),
                        states.write(Map.of(property, before)),
                        states.write(Map.of(property, after)),
                        null));
    }

    /**
     * Collects the session's rows and appends them in one JDBC batch just before its transaction commits (after
     * the last flush); a rolled-back transaction drops them with everything else.
     */
    private void append(EventSource session, AuditRow row) {
        List<AuditRow> rows = pending.get(session);
        if (rows == null) {
            rows = new ArrayList<>();
            pending.put(session, rows);
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) s -> {
                List<AuditRow> batch = pending.remove(s);
                if (batch != null && !batch.isEmpty()) {
                    s.doWork(connection -> AuditStore.insertAll(connection, batch, tokens));
                }
            });
            session.getActionQueue()
                    .registerProcess((AfterTransactionCompletionProcess) (success, s) -> pending.remove(s));
        }
        rows.add(row);
    }
}
