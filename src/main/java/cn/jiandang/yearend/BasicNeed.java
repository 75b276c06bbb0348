package cn.jiandang.yearend;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three guarantees and safe drinking water (三保障和饮水安全) that must be secure for a household to exit.
 * A candidate records the ones the officials found NOT secure; an included household must have none.
 */
public enum BasicNeed {
    SCHOOLING("义务教育"),
    MEDICAL("基本医疗"),
    HOUSING("住房安全"),
    DRINKING_WATER("饮水安全");

    private final String label;

    BasicNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "住房安全、饮水安全" */
    public static String labels(Set<BasicNeed> needs) {
        return needs.stream().sorted().map(BasicNeed::label).collect(Collectors.joining("、"));
    }

    static String encode(Set<BasicNeed> needs) {
        return needs == null || needs.isEmpty()
                ? null
                : needs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<BasicNeed> decode(String codes) {
        Set<BasicNeed> needs = EnumSet.noneOf(BasicNeed.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(","))
                    .map(String::strip)
                    .map(BasicNeed::valueOf)
                    .forEach(needs::add);
        }
        return needs;
    }
}
