package cn.jiandang.security;

/** Masks personal numbers for lists, exports and public notices. */
public final class Masking {

    private Masking() {}

    /** {@code 130125199001011234} becomes {@code 1301**********1234}. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
