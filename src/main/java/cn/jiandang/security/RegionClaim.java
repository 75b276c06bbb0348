package cn.jiandang.security;

import java.util.regex.Pattern;

/** The {@code region_code} claim of Keycloak's tokens: 12 digits, or the login is refused. */
final class RegionClaim {

    static final String NAME = "region_code";
    static final String ERROR = "missing_region_code";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private RegionClaim() {}

    static boolean isValid(String value) {
        return value != null && TWELVE_DIGITS.matcher(value).matches();
    }

    static String missingMessage(String username) {
        return "用户 " + (username == null ? "" : username)
                + " 没有绑定有效的行政区划（region_code），不能使用本系统。请联系管理员在 Keycloak 中为该用户设置 region_code。";
    }
}
