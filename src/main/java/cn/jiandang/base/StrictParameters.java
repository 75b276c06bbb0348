package cn.jiandang.base;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Path and query parameters that are numbers are written with the ASCII digits 0–9 only: Java's own parsing also
 * takes other scripts' digits ({@code /households/١} would be household 1), a plus sign and surrounding spaces.
 * Anything else is a 400 naming the parameter ({@link ApiRequestProblems}). Editors, not converters: a binder falls
 * back to its lenient default editor when a converter refuses.
 */
@ControllerAdvice
class StrictParameters {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void strictIntegers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Strict(false, false));
        binder.registerCustomEditor(Long.class, new Strict(false, true));
        binder.registerCustomEditor(int.class, new Strict(true, false));
        binder.registerCustomEditor(Integer.class, new Strict(true, true));
    }

    private static final class Strict extends PropertyEditorSupport {
        private final boolean intRange;
        private final boolean nullable;

        Strict(boolean intRange, boolean nullable) {
            this.intRange = intRange;
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            if ((text == null || text.isEmpty()) && nullable) {
                setValue(null);
                return;
            }
            if (text == null || !INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException("not an integer in ASCII digits");
            }
            long value = Long.parseLong(text);
            if (intRange && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("out of range");
            }
            setValue(intRange ? (Object) (int) value : (Object) value);
        }
    }
}
