package cn.jiandang.base;

import cn.jiandang.security.Masking;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The app's own error page for whatever reaches the container's error dispatch (the engine's webapps refusing a
 * non-centre user, a filter refusing a path, a failure outside Spring MVC): problem details in Chinese for the APIs
 * and programs, a Chinese page for browsers. Never Spring's English "Whitelabel Error Page", never a stack trace,
 * never the container's own HTML.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request, HttpServletResponse response) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpStatus.INTERNAL_SERVER_ERROR.value();
        if (failure != null && status >= 500) {
            status = Failures.statusOf(failure).value();
            log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String detail = detail(request, status);
        HttpHeaders headers = new HttpHeaders();
        if (status == 503) {
            headers.set(HttpHeaders.RETRY_AFTER, "30");
        }
        if (wantsHtml(request, path)) {
            headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
            return new ResponseEntity<>(html(status, detail, response.getHeader("X-Request-Id")), headers, status);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setInstance(URI.create(safePath(Masking.text(path))));
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, headers, status);
    }

    /** Our own reason when a filter of ours gave one (it is Chinese); the container's English ones are replaced. */
    private static String detail(HttpServletRequest request, int status) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String m && HAN.matcher(m).find() ? m : Failures.text(status);
    }

    /** Browsers get the page; the APIs and everything that does not ask for HTML get problem details. */
    static boolean wantsHtml(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static String safePath(String path) {
        try {
            return URI.create(path).getRawPath() == null ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    static String html(int status, String detail, String requestId) {
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s · 建档</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:4em auto;max-width:36em;\
                color:#1a1a1a;padding:0 1em}h1{font-size:1.5em}.code{color:#666}</style></head>
                <body><h1>%1$s</h1><p>%2$s</p><p class="code">状态码 %3$d%4$s</p><p><a href="/">返回首页</a></p>
                </body></html>""".formatted(
                        HtmlUtils.htmlEscape(Failures.title(status)),
                        HtmlUtils.htmlEscape(detail),
                        status,
                        requestId == null ? "" : " · 请求编号 " + HtmlUtils.htmlEscape(requestId));
    }
}
