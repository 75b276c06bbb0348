package cn.jiandang.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects what is missing or wrong in a submission, field by field, and throws them together. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors require(boolean condition, String field, String message) {
        if (!condition) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    public FieldErrors requireText(String value, String field, String message) {
        return require(value != null && !value.isBlank(), field, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws one {@link BusinessException} naming every field, with the given summary first. */
    public void throwIfAny(String summary) {
        if (!errors.isEmpty()) {
            throw new BusinessException(
                    BusinessException.Kind.INVALID, summary + "：" + String.join("；", errors.values()), errors);
        }
    }
}
