package cn.jiandang.household.basedata;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.Coordinates;

import java.math.BigDecimal;

/**
 * R9: a relocation household lies in China, so its positions lie in China's bounding box (WGS84: longitude 73.4°E to
 * 135.1°E, latitude 3.8°N to 53.6°N, the South China Sea islands included). A position outside it is a typing error,
 * most often longitude and latitude swapped.
 */
public final class ChinaBounds {

    public static final BigDecimal WEST = new BigDecimal("73.4");
    public static final BigDecimal EAST = new BigDecimal("135.1");
    public static final BigDecimal SOUTH = new BigDecimal("3.8");
    public static final BigDecimal NORTH = new BigDecimal("53.6");

    private ChinaBounds() {}

    /** Adds an error per coordinate outside the box, named {@code prefix.longitude} / {@code prefix.latitude}. */
    static void check(String prefix, Coordinates c, FieldErrors errors) {
        errors.require(
                within(c.longitude(), WEST, EAST),
                prefix + ".longitude",
                "经度须在中国境内（东经 " + WEST + " 至 " + EAST + " 度），现为 " + c.longitude().toPlainString());
        errors.require(
                within(c.latitude(), SOUTH, NORTH),
                prefix + ".latitude",
                "纬度须在中国境内（北纬 " + SOUTH + " 至 " + NORTH + " 度），现为 "
                        + c.latitude().toPlainString());
    }

    /** For forms that check before they submit. */
    public static boolean longitudeWithin(BigDecimal longitude) {
        return within(longitude, WEST, EAST);
    }

    public static boolean latitudeWithin(BigDecimal latitude) {
        return within(latitude, SOUTH, NORTH);
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
