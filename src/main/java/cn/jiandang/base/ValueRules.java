package cn.jiandang.base;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static cn.jiandang.base.FormCheck.translate;

/**
 * The checks of a filled-in value, each answering what is wrong with it in the officer's language or null: lengths
 * that fit the columns, money, dates, ranges and characters no one can see. Whether a value is there at all is the
 * field's own check ({@link FormField#required}).
 */
final class ValueRules {

    /** The largest amount a {@code numeric(14, 2)} column holds. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    private ValueRules() {}

    /** At most this many characters, leading and trailing blanks not counted. */
    static String tooLong(Object v, int max) {
        return v instanceof String s && s.strip().length() > max
                ? translate(
                        "validation.tooLong",
                        String.valueOf(max),
                        String.valueOf(s.strip().length()))
                : null;
    }

    /** Money in yuan: not negative, at most 2 decimals, fits {@code numeric(14, 2)}. */
    static String money(BigDecimal amount) {
        if (amount.signum() < 0) {
            return translate("validation.money.negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return translate("validation.money.decimals");
        }
        return amount.compareTo(MONEY_LIMIT) >= 0 ? translate("validation.money.tooLarge") : null;
    }

    static String future(LocalDate date, Clock clock) {
        return date.isAfter(LocalDate.now(clock)) ? translate("validation.date.future") : null;
    }

    static String past(LocalDate date, Clock clock) {
        return date.isBefore(LocalDate.now(clock)) ? translate("validation.date.past") : null;
    }

    static String outside(Number value, int min, int max) {
        long n = value.longValue();
        return n < min || n > max ? translate("validation.range", String.valueOf(min), String.valueOf(max)) : null;
    }

    /** No form may pass on text the database refuses (PostgreSQL: NUL) or no one can see. */
    static String controlCharacter(Object v) {
        return v instanceof String s && hasControlCharacter(s) ? translate("validation.controlCharacter") : null;
    }

    static boolean hasControlCharacter(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }
}
