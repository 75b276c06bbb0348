package cn.jiandang.region;

import cn.jiandang.common.BusinessException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 12-digit national statistical division code. The level is read from the trailing zeros, so a code
 * alone tells its subtree: every code below it shares its significant prefix.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    public static final RegionCode NATIONAL = new RegionCode("000000000000");

    public RegionCode {
        Objects.requireNonNull(value, "region code");
        if (!TWELVE_DIGITS.matcher(value).matches()) {
            throw BusinessException.invalidField("regionCode", "行政区划代码必须是12位数字: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public RegionLevel level() {
        for (RegionLevel level : new RegionLevel[] {
            RegionLevel.VILLAGE, RegionLevel.TOWNSHIP, RegionLevel.COUNTY, RegionLevel.CITY, RegionLevel.PROVINCE
        }) {
            int before = RegionLevel.values()[level.ordinal() - 1].digits();
            if (!value.substring(before, level.digits()).matches("0+")) {
                return level;
            }
        }
        return RegionLevel.NATIONAL;
    }

    /** The significant digits: "130125" for a county, "" for the nation. */
    public String prefix() {
        return value.substring(0, level().digits());
    }

    public boolean contains(RegionCode other) {
        return other.value.startsWith(prefix());
    }

    /** This code cut to the given (higher) level, e.g. the township of a village. */
    public RegionCode ancestor(RegionLevel level) {
        if (level.digits() > level().digits()) {
            throw new IllegalArgumentException(value + " 没有下级 " + level);
        }
        return new RegionCode(value.substring(0, level.digits()) + "0".repeat(12 - level.digits()));
    }

    /** Lowest code of the subtree, for an index range scan. */
    public String lowerBound() {
        return prefix() + "0".repeat(12 - prefix().length());
    }

    /** Highest code of the subtree, for an index range scan. */
    public String upperBound() {
        return prefix() + "9".repeat(12 - prefix().length());
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
