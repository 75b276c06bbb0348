package cn.jiandang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * 401 and 403 of the APIs as RFC 9457 problem details, written directly: an error dispatch would pass
 * through the views' security chain and answer a redirect to the login page instead.
 */
final class ApiProblems {

    private ApiProblems() {}

    /**
     * The APIs' 401, audited like every refusal: who tried (the name a Basic login gave, else anonymous) and what.
     * The password or token is never recorded.
     */
    static AuthenticationEntryPoint auditedUnauthorized(ApplicationEventPublisher events) {
        return (request, response, e) -> {
            events.publishEvent(new AccessRefused(
                    "anonymous",
                    "Request",
                    request.getMethod() + " " + request.getRequestURI(),
                    null,
                    "未登录或登录信息无效（401）" + attempted(request)));
            unauthorized(request, response, e);
        };
    }

    /** The user name a failed HTTP Basic login gave, for the audit entry; never the password. */
    private static String attempted(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "";
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            return user.isBlank() ? "" : "：用户名 " + (user.length() > 40 ? user.substring(0, 40) : user);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

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

    /** A problem response of any status, for the filters that answer before Spring MVC. */
    static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(Masking.text(instance))
                        + "\"}");
    }

    /** A JSON string's content: quotes, backslashes and control characters escaped. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> "Error";
        };
    }
}
