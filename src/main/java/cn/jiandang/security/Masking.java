package cn.jiandang.security;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking of personal numbers, for every place that shows or keeps them outside the registry itself: lists,
 * the household detail (page and API), versions, the audit log, exports, notices, problem details and the
 * application log. Only the household page's audited "show full numbers" and the audited API request show a full
 * number.
 */
public final class Masking {

    /**
     * An 18-character resident ID number (GB 11643) inside any text: 17 digits and a digit or X, not part of a
     * longer number. 12-digit region codes, 13-digit epoch millis and UUIDs never match.
     */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number (11 digits from 13…19), optionally written +86 / 86 first. */
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d{9}(?![0-9])");
    /** A landline with its area code and a separator (0311-86012345); without a separator it is a field rule. */
    static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])");

    private Masking() {}

    /** {@code 130125199001011234} becomes {@code 1301**********1234}. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} becomes {@code 138****5678}; a landline keeps its area code and last four digits. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Any text with every ID, mobile and landline number in it masked: free text, JSON, log lines, messages. */
    public static String text(String text) {
        return replace(text, Masking::idNumber, Masking::phone);
    }

    /**
     * As {@link #text}, with each personal number replaced by what the caller makes of it (the audit log appends a
     * keyed token to the masked number, so that it can prove which number an entry was about without keeping it).
     */
    public static String replace(String text, UnaryOperator<String> idNumbers, UnaryOperator<String> phones) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String out = replaceAll(ID_NUMBER, text, idNumbers);
        out = replaceAll(MOBILE, out, phones);
        return replaceAll(LANDLINE, out, phones);
    }

    /** Whether the text contains a full ID or mobile number (what tests and the log guard look for). */
    public static boolean containsPersonalNumber(String text) {
        return text != null
                && (ID_NUMBER.matcher(text).find() || MOBILE.matcher(text).find());
    }

    private static String replaceAll(Pattern pattern, String text, UnaryOperator<String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
