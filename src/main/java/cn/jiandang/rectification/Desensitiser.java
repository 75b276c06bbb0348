package cn.jiandang.rectification;

import java.util.Comparator;
import java.util.List;

/** Hides place names in free text (R14): longest names first, so "东关村" goes before "东关". */
final class Desensitiser {

    static final String MASK = "＊＊";

    private Desensitiser() {}

    static String mask(String text, List<String> placeNames) {
        String masked = text;
        for (String name : placeNames.stream()
                .filter(n -> n != null && n.length() >= 2)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            masked = masked.replace(name, MASK);
        }
        return masked;
    }
}
