package cn.jiandang.common;

import java.util.Map;

/**
 * An error the user caused or must know about, with a message in the user's language that says what to
 * fix. The views show the message; the REST API answers it as RFC 9457 problem details with the status
 * of its {@link Kind}, and one entry per invalid field when there are field errors.
 */
public class BusinessException extends RuntimeException {

    /** What went wrong, which decides the HTTP status. */
    public enum Kind {
        INVALID(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final Map<String, String> fieldErrors;

    public BusinessException(Kind kind, String message) {
        this(kind, message, Map.of());
    }

    public BusinessException(Kind kind, String message, Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static BusinessException invalid(String message) {
        return new BusinessException(Kind.INVALID, message);
    }

    public static BusinessException invalidField(String field, String message) {
        return new BusinessException(Kind.INVALID, message, Map.of(field, message));
    }

    public static BusinessException notFound(String message) {
        return new BusinessException(Kind.NOT_FOUND, message);
    }

    public Kind kind() {
        return kind;
    }

    /** Field name to message, for forms and problem details; empty when the error is not about one field. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
