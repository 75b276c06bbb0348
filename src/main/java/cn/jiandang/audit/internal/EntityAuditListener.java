package cn.jiandang.audit.internal;

import cn.jiandang.audit.AuditActions;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
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
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records every insert, update and delete of every entity of ours, and every change of an element collection,
 * as an audit row: who, when, which entity, before and after (only the changed properties), task and request.
 * The row is appended on the session's own connection just before the transaction commits, so it is part of
 * the same transaction: no write without its entry, no entry without its write. ID and phone numbers are
 * stored masked with a keyed token ({@link AuditTokens}).
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
    /** Rows not yet written, per session (sessions are thread-confined; identity keys). */
    private final Map<Object, List<AuditRow>> pending = Collections.synchronizedMap(new IdentityHashMap<>());

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    EntityAuditListener(Clock clock, AuditTokens tokens) {
        this.clock = clock;
        this.tokens = tokens;
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
        collectionRow(event, snapshot(event.getCollection()), elements(event.getCollection()));
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionRow(event, List.of(), elements(event.getCollection()));
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        collectionRow(event, snapshot(event.getCollection()), List.of());
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
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Map<String, Object> beforeMap = before == null ? null : new TreeMap<>();
        Map<String, Object> afterMap = after == null ? null : new TreeMap<>();
        Long householdId = entity.getClass().getSimpleName().equals("Household") ? asLong(id) : null;
        String region = entity.getClass().getSimpleName().equals("Region") ? String.valueOf(id) : null;
        for (int i = 0; i < names.length; i++) {
            Object value = after != null ? after[i] : before[i];
            if ("household".equals(names[i]) && value != null && types[i].isEntityType()) {
                EntityPersister owner = session.getEntityPersister(null, value);
                householdId = asLong(owner.getIdentifier(value, session));
                region = regionOf(owner, value, region);
            } else if ("householdId".equals(names[i])) {
                householdId = asLong(value);
            } else if (("villageCode".equals(names[i]) || "regionCode".equals(names[i])) && value != null) {
                region = String.valueOf(value);
            }
            if (types[i].isCollectionType() || (dirty != null && !contains(dirty, i))) {
                continue;
            }
            if (beforeMap != null) {
                beforeMap.put(names[i], render(session, names[i], types[i], before[i]));
            }
            if (afterMap != null) {
                afterMap.put(names[i], render(session, names[i], types[i], after[i]));
            }
        }
        if (dirty != null && dirty.length == 0) {
            return;
        }
        append(
                session,
                AuditRow.now(
                        clock,
                        action,
                        entity.getClass().getSimpleName(),
                        String.valueOf(id),
                        householdId,
                        region,
                        write(beforeMap),
                        write(afterMap),
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
        Long householdId = owner.getClass().getSimpleName().equals("Household") ? asLong(id) : null;
        EntityPersister ownerPersister = event.getSession().getEntityPersister(null, owner);
        for (String name : new String[] {"householdId"}) {
            if (householdId == null
                    && List.of(ownerPersister.getPropertyNames()).contains(name)) {
                householdId = asLong(ownerPersister.getPropertyValue(owner, name));
            }
        }
        String region = regionOf(ownerPersister, owner, null);
        append(
                event.getSession(),
                AuditRow.now(
                        clock,
                        AuditActions.UPDATE,
                        owner.getClass().getSimpleName(),
                        String.valueOf(id),
                        householdId,
                        region,
                        write(Map.of(property, before)),
                        write(Map.of(property, after)),
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

    private static String regionOf(EntityPersister persister, Object entity, String otherwise) {
        List<String> names = List.of(persister.getPropertyNames());
        for (String name : new String[] {"villageCode", "regionCode"}) {
            if (names.contains(name)) {
                Object value = persister.getPropertyValue(entity, name);
                if (value != null) {
                    return String.valueOf(value);
                }
            }
        }
        return otherwise;
    }

    private Object render(SharedSessionContractImplementor session, String name, Type type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.isEntityType()) {
            return String.valueOf(session.getEntityPersister(null, value).getIdentifier(value, session));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("idnumber")) {
            return tokens.idNumber(String.valueOf(value));
        }
        if (lower.contains("phone")) {
            return tokens.phone(String.valueOf(value));
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        if (type.isComponentType()) {
            return json.valueToTree(value);
        }
        return value instanceof Number || value instanceof Boolean ? value : String.valueOf(value);
    }

    private List<String> elements(PersistentCollection<?> collection) {
        if (collection instanceof Collection<?> c) {
            return sorted(c);
        }
        if (collection instanceof Map<?, ?> m) {
            return sorted(m.values());
        }
        return List.of();
    }

    private List<String> snapshot(PersistentCollection<?> collection) {
        Object snapshot = collection.getStoredSnapshot();
        if (snapshot instanceof Map<?, ?> m) {
            return sorted(m.values());
        }
        if (snapshot instanceof Collection<?> c) {
            return sorted(c);
        }
        return List.of();
    }

    private List<String> sorted(Collection<?> values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? "null" : v instanceof Enum<?> e ? e.name() : v instanceof String s ? s : writeValue(v));
        }
        out.sort(null);
        return out;
    }

    private String writeValue(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            return String.valueOf(value);
        }
    }

    private String write(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (Exception e) {
            return String.valueOf(state);
        }
    }

    private static boolean contains(int[] values, int i) {
        for (int v : values) {
            if (v == i) {
                return true;
            }
        }
        return false;
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
