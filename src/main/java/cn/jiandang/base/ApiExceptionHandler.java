package cn.jiandang.base;

import cn.jiandang.common.BusinessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** The REST API's errors as RFC 9457 problem details, with one entry per invalid field. */
// before Spring Boot's own problem-details handler, which would answer invalid fields without naming them
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "cn.jiandang")
class ApiExceptionHandler {

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().status()), e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty(
                    "errors",
                    e.fieldErrors().entrySet().stream()
                            .map(f -> Map.of("field", f.getKey(), "message", f.getValue()))
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
