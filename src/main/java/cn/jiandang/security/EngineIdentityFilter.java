package cn.jiandang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/** Sets the engine's user and candidate groups from the login for each request, and clears them after. */
@Component
class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineIdentityFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Officer> officer;
        try {
            officer = CurrentOfficer.from(SecurityContextHolder.getContext().getAuthentication());
        } catch (RegionAccessDeniedException e) {
            officer = Optional.empty();
        }
        officer.ifPresent(o -> identityService.setAuthentication(o.username(), o.candidateGroups()));
        try {
            chain.doFilter(request, response);
        } finally {
            if (officer.isPresent()) {
                identityService.clearAuthentication();
            }
        }
    }
}
