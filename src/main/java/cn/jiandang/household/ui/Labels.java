package cn.jiandang.household.ui;

import cn.jiandang.featureaccess.Feature;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names shown on the household page for codes kept in the data (procedure codes of the history and the versions,
 * audited entity types, R12 functions), from the message bundles in the officer's language. A code without a
 * label is shown as it is rather than as a missing-key marker.
 */
final class Labels {

    private Labels() {}

    /** "IDENTIFICATION" → 识别 / Identification. */
    static String procedure(Function<String, String> t, String code) {
        return label(t, "polish.procedure.", code);
    }

    /** "Household" → 农户 / Household. */
    static String entity(Function<String, String> t, String type) {
        return label(t, "polish.entity.", type);
    }

    /**
     * Who did something: the officer's display name ({@code names} from the officer directory), "系统" for the
     * application itself, else the username as recorded.
     */
    static String actor(Function<String, String> t, Map<String, String> names, String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if ("system".equals(username)) {
            return t.apply("polish.actor.system");
        }
        return names.getOrDefault(username, username);
    }

    /** R12 functions, joined by 、 (the gating tooltip and notice). */
    static String features(Function<String, String> t, Collection<Feature> features) {
        return features.stream().map(f -> t.apply(f.labelKey())).collect(Collectors.joining("、"));
    }

    private static String label(Function<String, String> t, String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = prefix + code;
        String label = t.apply(key);
        // Vaadin's default provider answers a missing key with "!<language>: <key>"
        return label == null || label.isBlank() || (label.startsWith("!") && label.endsWith(key)) ? code : label;
    }
}
