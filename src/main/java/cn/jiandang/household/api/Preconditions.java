package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: the ETag of a household is its current version (R8), {@code "7"}; a write names the
 * version it was based on in {@code If-Match}, and is refused (412, naming who changed it) when that is no longer the
 * current one. Overwriting writes (PUT, PATCH) must say it (428 otherwise); {@code *} means "whatever is current".
 */
final class Preconditions {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private Preconditions() {}

    /** The version an overwriting write was based on; null for {@code *}. */
    static Integer required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Required();
        }
        return optional(ifMatch);
    }

    /** As {@link #required}, for writes that add rather than overwrite (null: unchecked). */
    static Integer optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw BusinessException.invalidField(
                    "If-Match", "If-Match 须为该户档案的 ETag（版本号），如 \"7\"，取自 GET /api/v1/households/{id}");
        }
        return Integer.valueOf(m.group(1));
    }

    /** 428: a PUT or PATCH without If-Match could overwrite another official's change unseen. */
    static final class Required extends RuntimeException {
        Required() {
            super("修改档案须带 If-Match 请求头（该户当前的 ETag，取自 GET /api/v1/households/{id}），以免覆盖他人的修改");
        }
    }
}
