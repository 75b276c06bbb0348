package cn.jiandang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 of the APIs as RFC 9457 problem details, written directly: an error dispatch would pass
 * through the views' security chain and answer a redirect to the login page instead.
 */
final class ApiProblems {

    private ApiProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"jiandang\", Bearer");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "未登录或登录信息无效", request.getRequestURI());
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "您的角色无权访问此接口", request.getRequestURI());
    }

    private static void write(HttpServletResponse response, int status, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + instance.replace("\"", "") + "\"}");
    }
}
