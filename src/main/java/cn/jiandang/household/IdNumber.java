package cn.jiandang.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A resident identity number under GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit
 * sequence (odd for men), and a check character from ISO 7064 MOD 11-2. "x" is accepted and stored as "X".
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Why a string is not a valid ID number, with the message shown to the official. */
    public enum Violation {
        LENGTH("身份证号码必须为18位"),
        FORMAT("身份证号码前17位必须是数字，最后一位是数字或X"),
        REGION("身份证号码前两位不是有效的省级行政区划代码"),
        BIRTH_DATE("身份证号码中的出生日期无效"),
        CHECK_DIGIT("身份证号码校验位错误");

        private final String message;

        Violation(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public IdNumber {
        Optional<Violation> violation = check(value);
        if (violation.isPresent()) {
            throw new InvalidIdNumberException(violation.get());
        }
        value = value.toUpperCase();
    }

    public static IdNumber of(String value) {
        return new IdNumber(value);
    }

    /** The first rule the string breaks, or empty when it is a valid number. */
    public static Optional<Violation> check(String raw) {
        return Optional.ofNullable(violation(raw));
    }

    /**
     * The rules in their order, by hand rather than by a regular expression and substrings: a file import checks every
     * row's numbers, and this ran once per number per check.
     */
    private static Violation violation(String raw) {
        if (raw == null || raw.length() != 18) {
            return Violation.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!digit(raw.charAt(i))) {
                return Violation.FORMAT;
            }
        }
        char last = Character.toUpperCase(raw.charAt(17));
        if (!digit(last) && last != 'X') {
            return Violation.FORMAT;
        }
        if (!PROVINCES.contains(raw.substring(0, 2))) {
            return Violation.REGION;
        }
        if (parseBirthDate(raw).isEmpty()) {
            return Violation.BIRTH_DATE;
        }
        return checkCharacter(raw) != last ? Violation.CHECK_DIGIT : null;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Why the string is not a valid ID number, in the words shown to the official; empty when it is valid. */
    public static Optional<String> problem(String raw) {
        return check(raw).map(Violation::message);
    }

    /** The check character for the first 17 digits (of a longer string too: only they are read). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return parseBirthDate(value).orElseThrow();
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    private static Optional<LocalDate> parseBirthDate(String value) {
        try {
            LocalDate date = LocalDate.of(number(value, 6, 10), number(value, 10, 12), number(value, 12, 14));
            return date.isBefore(EARLIEST) || date.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The digits from {@code from} to {@code to} (exclusive) as a number; the caller checked they are digits. */
    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    @Override
    public String toString() {
        return value;
    }
}
