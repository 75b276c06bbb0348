package cn.jiandang.audit.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.Type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entity's state and an element collection's contents as the audit row stores them: only the changed properties,
 * related entities by id, ID and phone numbers as keyed tokens ({@link AuditTokens}), files by size, embedded values
 * as JSON, collections as sorted element lists (so that a reordering is no change).
 */
final class AuditStates {

    private final AuditTokens tokens;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    AuditStates(AuditTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The state's properties by name (collections left out: their changes are rows of their own); with
     * {@code dirty}, only those. Null for no state (before an insert, after a delete).
     */
    Map<String, Object> properties(
            SharedSessionContractImplementor session, String[] names, Type[] types, Object[] state, int[] dirty) {
        if (state == null) {
            return null;
        }
        Map<String, Object> properties = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!types[i].isCollectionType() && (dirty == null || contains(dirty, i))) {
                properties.put(names[i], render(session, names[i], types[i], state[i]));
            }
        }
        return properties;
    }

    /** The collection's elements now. */
    List<String> elements(PersistentCollection<?> collection) {
        if (collection instanceof Collection<?> c) {
            return sorted(c);
        }
        if (collection instanceof Map<?, ?> m) {
            return sorted(m.values());
        }
        return List.of();
    }

    /** The collection's elements as they were loaded, before this change. */
    List<String> snapshot(PersistentCollection<?> collection) {
        Object snapshot = collection.getStoredSnapshot();
        if (snapshot instanceof Map<?, ?> m) {
            return sorted(m.values());
        }
        if (snapshot instanceof Collection<?> c) {
            return sorted(c);
        }
        return List.of();
    }

    String write(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (Exception e) {
            return String.valueOf(state);
        }
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

    private static boolean contains(int[] values, int i) {
        for (int v : values) {
            if (v == i) {
                return true;
            }
        }
        return false;
    }
}
