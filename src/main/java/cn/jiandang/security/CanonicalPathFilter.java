package cn.jiandang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before any other filter, a path that does not say plainly what it asks for: dot segments
 * ({@code /./engine-rest}, {@code /api/../engine-rest}), path parameters ({@code /engine-rest;a=b}), percent-encoded
 * letters, digits, dots or slashes ({@code /%65ngine-rest}), backslashes and empty segments. The container maps such
 * a path after normalising it while the security rules and the engine's servlets read it raw: the two views must
 * never differ. 400 through the error page (no data, no redirect); names with non-ASCII characters stay allowed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CanonicalPathFilter extends OncePerRequestFilter {

    /** The reason the error page shows. */
    public static final String NOT_CANONICAL = "请求地址无效：请使用规范的地址（不含 ./、../、; 或编码的字母）";

    private static final Pattern ENCODED = Pattern.compile("%([0-9A-Fa-f]{2})");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (canonical(request.getRequestURI())) {
            chain.doFilter(request, response);
        } else {
            // the error page answers it: problem details for the APIs and programs, the app's own page for browsers
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, NOT_CANONICAL);
        }
    }

    static boolean canonical(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return true;
        }
        if (rawPath.indexOf(';') >= 0 || rawPath.indexOf('\\') >= 0) {
            return false;
        }
        Matcher m = ENCODED.matcher(rawPath);
        while (m.find()) {
            int c = Integer.parseInt(m.group(1), 16);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/\\;%".indexOf(c) >= 0)) {
                return false;
            }
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (decoded.contains("//")) {
            return false;
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
