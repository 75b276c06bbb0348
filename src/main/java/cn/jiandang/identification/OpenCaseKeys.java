package cn.jiandang.identification;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.Locale;

/**
 * The database keys that allow one open identification per household: uq_identification_case_open (a registered
 * household) and uq_identification_case_open_head (a new household, by its head's ID number; V20).
 */
final class OpenCaseKeys {

    private static final String PREFIX = "uq_identification_case_open";

    private OpenCaseKeys() {}

    /** Whether the refusal is one of these keys (and not, say, a value the column cannot take). */
    static boolean violated(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName().toLowerCase(Locale.ROOT).contains(PREFIX);
            }
        }
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains(PREFIX);
    }
}
