package cn.jiandang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 of the APIs as RFC 9457 problem details, written directly: an error dispatch would pass
 * through the views' security chain and answer a redirect to the login page instead.
 */
final class ApiProblems {

    private ApiProblems() {}

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"jiandang\", Bearer");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, unauthorizedDetail(e), request.getRequestURI());
    }

    /** A token without region gets told so; any other bad login the same short answer (no oracle). */
    static String unauthorizedDetail(AuthenticationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException v
                    && v.getErrors().stream().anyMatch(error -> RegionClaim.ERROR.equals(error.getErrorCode()))) {
                return v.getErrors().stream()
                        .filter(error -> RegionClaim.ERROR.equals(error.getErrorCode()))
                        .findFirst()
                        .orElseThrow()
                        .getDescription();
            }
        }
        if (e instanceof OAuth2AuthenticationException) {
            return "令牌无效或已过期，请重新登录";
        }
        return "未登录或登录信息无效";
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
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "") + "\",\"instance\":\""
                        + instance.replace("\"", "") + "\"}");
    }
}
