package cn.jiandang.rectification;

import cn.jiandang.security.Masking;

import java.util.Comparator;
import java.util.List;

/**
 * Hides place names in free text (R14): longest names first, so "东关村" goes before "东关"; and masks the personal
 * numbers a household may have written into it ({@link Masking#text}), so that nothing shared with a province names a
 * person either.
 */
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
        return Masking.text(masked);
    }
}
