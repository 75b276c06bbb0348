package cn.jiandang.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.sql.SQLException;

/**
 * What no other handler expected, as problem details in Chinese: the database away is 503 at once (with
 * Retry-After), a database integrity refusal that no service turned into a message is 409 or 400 (never the text of
 * another rule), anything else 500 with the request id to quote. The details go to the log only.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "cn.jiandang")
class ServerProblems {

    private static final Logger log = LoggerFactory.getLogger(ServerProblems.class);

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        if (Failures.databaseUnavailable(e)) {
            return unexpected(e);
        }
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        String state = sqlState(e);
        // 22: data exception (a value the column cannot take, e.g. NUL in text); 23: a constraint
        HttpStatus status = state != null && state.startsWith("22") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        String detail =
                status == HttpStatus.BAD_REQUEST ? "请求中有数据库不能保存的值（如控制字符或超长文字），未保存任何内容" : "与已有数据冲突，未保存任何内容；请刷新后重试";
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        HttpStatus status = Failures.statusOf(e);
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            log.warn("Database unavailable: {}", e.toString());
            headers.set(HttpHeaders.RETRY_AFTER, "30");
        } else {
            log.error("Unexpected failure of an API request", e);
        }
        String requestId = MDC.get("requestId");
        String detail = Failures.text(status.value()) + (requestId == null ? "" : "（请求编号 " + requestId + "）");
        return new ResponseEntity<>(ProblemDetail.forStatusAndDetail(status, detail), headers, status);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
