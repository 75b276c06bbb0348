package cn.jiandang.security;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Closed by default: every page needs a login. The engine's REST API and webapps answer only to the
 * centre's administrators; the app's REST API to any officer. How officers log in depends on the profile:
 * {@link LocalSecurityConfig} (embedded default) or {@link KeycloakSecurityConfig}.
 */
@Configuration
@EnableWebSecurity
// No VaadinAwareSecurityContextHolderStrategy: each Spring context would install its own strategy instance globally
// while its filters keep the one they were built with, so a second context (tests, or a refresh) made logged-in
// requests look anonymous. The default thread-local strategy is shared; the app uses no push or background UI access.
class SecurityConfig {

    /**
     * The public notice board (issue 17): anyone may read {@code /public/**} and post an objection to a notice, nothing
     * else; no session, no cookie, no saved request (a visitor is never sent on to a login). The objection form is
     * protected by its signed human check instead of a CSRF token, which would need a session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicNoticeChain(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/public/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(path(HttpMethod.GET, "/public/**"))
                        .permitAll()
                        .requestMatchers(path(HttpMethod.POST, "/public/notices/{village}/{id}/objections"))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        // Cockpit, Admin and Tasklist share the Vaadin login session; their own CSRF filter protects them.
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.CENTRE_ADMIN.name()))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(audited(http, new AccessDeniedHandlerImpl())));
        return http.build();
    }

    /** The app's REST API and the engine's: stateless, 401 for a missing login, engine only for the centre. */
    static HttpSecurity apiBase(HttpSecurity http) throws Exception {
        // Path matchers on the whole path: the engine REST API is a servlet of its own, not Spring MVC.
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(a -> a.requestMatchers(path("/engine-rest/**"))
                        .hasRole(Role.CENTRE_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(http))
                        .accessDeniedHandler(audited(http, ApiProblems::forbidden)));
    }

    /** The APIs' 401, audited. */
    static AuthenticationEntryPoint unauthorized(HttpSecurity http) {
        return ApiProblems.auditedUnauthorized(http.getSharedObject(ApplicationContext.class));
    }

    /** A request refused for its role is published like any other refusal, so that the audit log has it. */
    static AccessDeniedHandler audited(HttpSecurity http, AccessDeniedHandler handler) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        return (request, response, e) -> {
            String user = request.getUserPrincipal() == null
                    ? "anonymous"
                    : request.getUserPrincipal().getName();
            context.publishEvent(new AccessRefused(
                    user, "Request", request.getMethod() + " " + request.getRequestURI(), null, "您的角色无权访问此接口"));
            handler.handle(request, response, e);
        };
    }

    /**
     * Static files the login page needs, the health probe of the deployment, and the error page (it shows a status
     * and a generic text only; without it an error of a stateless API call would answer a redirect to the login).
     */
    static HttpSecurity publicResources(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                        path("/styles/**"),
                        path("/images/**"),
                        path("/favicon.ico"),
                        path("/error"),
                        path("/actuator/health"),
                        path("/actuator/health/**"),
                        path("/v3/api-docs"),
                        path("/v3/api-docs/**"),
                        path("/swagger-ui.html"),
                        path("/swagger-ui/**"))
                .permitAll());
    }

    static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
