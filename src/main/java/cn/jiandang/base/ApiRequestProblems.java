package cn.jiandang.base;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests Spring MVC cannot read, answered in Chinese and naming the field: malformed or non-strict JSON
 * ({@link StrictJson}), an unknown enum value with the allowed ones, a path or query parameter of the wrong type, a
 * missing parameter; the other standard errors (404, 405, 415, …) get a Chinese detail. Never echoes the refused
 * value (it may be a personal number). Replaces Spring Boot's English problem-details handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice
class ApiRequestProblems extends ResponseEntityExceptionHandler {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,64})'");

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return fieldProblem(field, fieldMessage(mapping, field));
        }
        if (cause instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                return fieldProblem(duplicate.group(1), "字段 " + duplicate.group(1) + " 出现了两次");
            }
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "请求正文不是有效的JSON（第 " + parse.getLocation().getLineNr() + " 行第 "
                            + parse.getLocation().getColumnNr() + " 列附近）");
        }
        if (cause instanceof MismatchedInputException) {
            return problem(HttpStatus.BAD_REQUEST, "请求正文应为一个JSON对象");
        }
        return problem(HttpStatus.BAD_REQUEST, "缺少请求正文，或请求正文无法读取：请以 application/json 发送一个JSON对象");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return fieldProblem(field, "参数 " + field + " 应为" + typeName(ex.getRequiredType()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return fieldProblem(ex.getParameterName(), "缺少参数 " + ex.getParameterName());
    }

    /** Every other standard error: the same status, a Chinese detail instead of Spring's English one. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusCode, Failures.text(statusCode.value()));
        return new ResponseEntity<>(problem, headers, statusCode);
    }

    private static String fieldMessage(JsonMappingException e, String field) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "未知字段 " + field + "；可用字段："
                    + String.join(
                            ", ",
                            u.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .toList());
        }
        if (e instanceof InvalidNullException) {
            return "字段 " + field + " 不能为 null";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "字段 " + field + " 的值无效，可选：" + String.join(", ", enumNames(target));
        }
        if (e instanceof InvalidFormatException && target == String.class) {
            return "字段 " + field + " 含有不允许的控制字符";
        }
        return "字段 " + field + " 应为" + typeName(target);
    }

    static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }

    /** Jackson's path as the validation errors name fields: {@code household.members[0].idNumber}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "正确的类型";
        }
        if (type == int.class
                || type == long.class
                || type == Integer.class
                || type == Long.class
                || type == short.class
                || type == Short.class) {
            return "整数（只用0–9）";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true 或 false";
        }
        if (type == LocalDate.class) {
            return "日期，格式 YYYY-MM-DD（如 2027-01-01）";
        }
        if (type == YearMonth.class) {
            return "年月，格式 YYYY-MM";
        }
        if (type == String.class) {
            return "文字（JSON 字符串）";
        }
        if (type.isEnum()) {
            return "以下之一：" + String.join(", ", enumNames(type));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "数组";
        }
        return "JSON 对象";
    }

    private static ResponseEntity<Object> fieldProblem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求中有无效的字段：" + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
