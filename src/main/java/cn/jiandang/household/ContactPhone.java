package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

import java.util.Optional;
import java.util.regex.Pattern;

/** R10: a contact phone is required and must look real: a mainland mobile number or a landline with area code. */
public final class ContactPhone {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private ContactPhone() {}

    /** Why the phone is not acceptable (R10), or empty; for forms that check before they submit. */
    public static Optional<String> problem(String phone) {
        try {
            check(phone);
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(e.getMessage());
        }
    }

    static String check(String phone) {
        return checked("contactPhone", phone);
    }

    /** The phone without surrounding blanks; refused (R10) for the field {@code field} when missing or not real. */
    public static String checked(String field, String phone) {
        if (phone == null || phone.isBlank()) {
            throw BusinessException.invalidField(field, "联系电话必须填写（包括外出务工人员），以便普查员联系到本户");
        }
        String trimmed = phone.strip();
        if (!MOBILE.matcher(trimmed).matches() && !LANDLINE.matcher(trimmed).matches()) {
            throw BusinessException.invalidField(field, "联系电话无效：请填写11位手机号码或带区号的固定电话，如 13812345678 或 0311-86012345");
        }
        return trimmed;
    }
}
