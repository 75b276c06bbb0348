package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

import java.math.BigDecimal;

/** A WGS84 position (经纬度) in decimal degrees, at most 6 decimals (about 0.1 m). */
public record Coordinates(BigDecimal longitude, BigDecimal latitude) {

    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);

    public Coordinates {
        check("longitude", longitude, MAX_LONGITUDE, "经度");
        check("latitude", latitude, MAX_LATITUDE, "纬度");
    }

    public static Coordinates of(String longitude, String latitude) {
        return new Coordinates(new BigDecimal(longitude), new BigDecimal(latitude));
    }

    private static void check(String field, BigDecimal value, BigDecimal max, String label) {
        if (value == null) {
            throw BusinessException.invalidField(field, label + "不能为空");
        }
        if (value.abs().compareTo(max) > 0) {
            throw BusinessException.invalidField(
                    field, label + "必须在 -" + max + " 到 " + max + " 度之间（WGS84），现为 " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 6) {
            throw BusinessException.invalidField(field, label + "最多保留6位小数");
        }
    }
}
