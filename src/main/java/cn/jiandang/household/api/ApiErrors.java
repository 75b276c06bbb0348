package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.StaleVersionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry API's answers to bad requests, each RFC 9457 problem details naming the field ({@code errors[].field},
 * the body's JSON path such as {@code member.idNumber}, or the parameter, path variable or header), in Chinese. The
 * controllers extend this class so that these handlers come before any application-wide one.
 */
abstract class ApiErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String field = path(m.getPath());
                return invalid(field, message(field, m));
            }
        }
        return invalid("body", "请求体不是有效的 JSON 对象");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null
                ? "有效的值"
                : type.isEnum()
                        ? "其中之一：" + values(type)
                        : Boolean.class.equals(type) || boolean.class.equals(type) ? "true 或 false" : "整数";
        return invalid(e.getName(), e.getName() + " 须为" + expected);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return invalid(e.getParameterName(), "缺少参数 " + e.getParameterName());
    }

    /** An edit based on a version that is no longer the current one: 412 against If-Match, else 409; who changed it. */
    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e, HttpServletRequest request) {
        HttpStatus status =
                request.getHeader("If-Match") != null ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("currentVersion", e.current().number());
        problem.setProperty("changedBy", e.current().changedByLabel());
        problem.setProperty(
                "changedAt",
                e.current().changedAt() == null ? null : e.current().changedAt().toString());
        return problem;
    }

    @ExceptionHandler(Preconditions.Required.class)
    ProblemDetail preconditionRequired(Preconditions.Required e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "If-Match", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(Idempotency.KeyReused.class)
    ProblemDetail keyReused(Idempotency.KeyReused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "Idempotency-Key", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(Idempotency.InProgress.class)
    ProblemDetail inProgress(Idempotency.InProgress e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    /** Field errors of a service, renamed to where the fields are in the request body (e.g. member.idNumber). */
    static BusinessException renamed(BusinessException e, Map<String, String> paths) {
        if (e.fieldErrors().isEmpty() || e instanceof StaleVersionException) {
            return e;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, message) -> errors.put(paths.getOrDefault(field, field), message));
        return new BusinessException(e.kind(), e.getMessage(), errors);
    }

    private static String message(String field, JsonMappingException m) {
        if (m instanceof UnrecognizedPropertyException) {
            return "未知字段 " + field;
        }
        if (m instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            return field + " 须为其中之一：" + values(f.getTargetType());
        }
        Class<?> type = m instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        return field + " 的类型或格式不对" + (type == null ? "" : "：须为" + typeName(type));
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "其中之一：" + values(type);
        }
        if (YearMonth.class.equals(type)) {
            return "年月，如 \"2020-10\"";
        }
        if (BigDecimal.class.equals(type)) {
            return "数字（元，最多两位小数）";
        }
        if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
            return "整数";
        }
        if (Boolean.class.equals(type) || type == boolean.class) {
            return "true 或 false";
        }
        if (String.class.equals(type)) {
            return "字符串";
        }
        return "对象";
    }

    private static String values(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
