package cn.jiandang.base;

import cn.jiandang.common.BusinessException;
import cn.jiandang.security.Masking;
import cn.jiandang.security.RegionAccessDeniedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/**
 * The REST API's errors as RFC 9457 problem details, with one entry per invalid field. Refusals for another region
 * answer exactly like a record that does not exist (404, one text); the refusal itself is audited where it was made.
 */
// before Spring Boot's own problem-details handler, which would answer invalid fields without naming them
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "cn.jiandang")
class ApiExceptionHandler {

    /** The one answer for "not there" and "not yours": the two must not be told apart by probing ids. */
    static final String NOT_FOUND_OR_NOT_YOURS = "未找到该记录，或它不在您的辖区内";

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException e) {
        if (e.kind() == BusinessException.Kind.NOT_FOUND
                || e instanceof RegionAccessDeniedException r && r.outsideRegion()) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NOT_FOUND_OR_NOT_YOURS);
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().status()), Masking.text(e.getMessage()));
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty(
                    "errors",
                    e.fieldErrors().entrySet().stream()
                            .map(f -> Map.of("field", f.getKey(), "message", Masking.text(f.getValue())))
                            .toList());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求中有无效的字段，请逐项修改");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
