package cn.jiandang.household.search;

import cn.jiandang.common.BusinessException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a household list ended: the last row's village code and id, the list's order. The next page is
 * the rows after it, read from the index onwards; its token ({@code 130125100201.1234}) is what the API hands out.
 */
public record SearchCursor(String villageCode, long id) {

    private static final Pattern TOKEN = Pattern.compile("(\\d{12})\\.(\\d{1,18})");

    public String token() {
        return villageCode + "." + id;
    }

    /** The cursor of a token handed out before; refused for the field {@code field} when it is not one. */
    public static SearchCursor parse(String field, String token) {
        Matcher m = TOKEN.matcher(token == null ? "" : token);
        if (!m.matches()) {
            throw BusinessException.invalidField(field, "分页位置无效：请使用上一页响应中的 next 值");
        }
        try {
            return new SearchCursor(m.group(1), Long.parseLong(m.group(2)));
        } catch (NumberFormatException e) {
            throw BusinessException.invalidField(field, "分页位置无效：请使用上一页响应中的 next 值");
        }
    }
}
