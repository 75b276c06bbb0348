package cn.jiandang.audit.internal;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import java.util.List;

/**
 * Whom an audit row is about, so that a household's history and a region's audit are one indexed lookup: the
 * household (the entity itself, the household it belongs to, or its {@code householdId}) and the region (a region's
 * code, or the entity's or its household's {@code villageCode} / {@code regionCode}).
 */
record AuditSubject(Long householdId, String region) {

    private static final String[] REGION_PROPERTIES = {"villageCode", "regionCode"};

    /** The subject of an entity's row; {@code state} is the entity's state after the change, or before a delete. */
    static AuditSubject ofEntity(
            SharedSessionContractImplementor session,
            EntityPersister persister,
            Object entity,
            Object id,
            Object[] state) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Long householdId = isA(entity, "Household") ? asLong(id) : null;
        String region = isA(entity, "Region") ? String.valueOf(id) : null;
        for (int i = 0; i < names.length; i++) {
            Object value = state[i];
            if ("household".equals(names[i]) && value != null && types[i].isEntityType()) {
                EntityPersister owner = session.getEntityPersister(null, value);
                householdId = asLong(owner.getIdentifier(value, session));
                region = regionOf(owner, value, region);
            } else if ("householdId".equals(names[i])) {
                householdId = asLong(value);
            } else if (List.of(REGION_PROPERTIES).contains(names[i]) && value != null) {
                region = String.valueOf(value);
            }
        }
        return new AuditSubject(householdId, region);
    }

    /** The subject of a row about the element collection of {@code owner}. */
    static AuditSubject ofOwner(EntityPersister persister, Object owner, Object id) {
        Long householdId = isA(owner, "Household") ? asLong(id) : null;
        if (householdId == null && List.of(persister.getPropertyNames()).contains("householdId")) {
            householdId = asLong(persister.getPropertyValue(owner, "householdId"));
        }
        return new AuditSubject(householdId, regionOf(persister, owner, null));
    }

    private static String regionOf(EntityPersister persister, Object entity, String otherwise) {
        List<String> names = List.of(persister.getPropertyNames());
        for (String name : REGION_PROPERTIES) {
            if (names.contains(name)) {
                Object value = persister.getPropertyValue(entity, name);
                if (value != null) {
                    return String.valueOf(value);
                }
            }
        }
        return otherwise;
    }

    // by name: the audit module knows no other module's entities
    private static boolean isA(Object entity, String simpleName) {
        return entity.getClass().getSimpleName().equals(simpleName);
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
