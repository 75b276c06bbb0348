package cn.jiandang.security;

import cn.jiandang.region.RegionCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Reads the officer from the security context, whichever login produced it. */
@Component
public class CurrentOfficer {

    public Optional<Officer> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public Officer require() {
        return get().orElseThrow(() -> new RegionAccessDeniedException("请先登录"));
    }

    public static Optional<Officer> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof OfficerPrincipal p) {
            return Optional.of(p.officer());
        }
        if (principal instanceof OidcUser oidc) {
            return Optional.of(fromClaims(
                    oidc.getPreferredUsername(),
                    chineseName(oidc.getFamilyName(), oidc.getGivenName()),
                    oidc.getClaimAsString("region_code"),
                    authentication));
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(fromClaims(
                    jwt.getClaimAsString("preferred_username"),
                    chineseName(jwt.getClaimAsString("family_name"), jwt.getClaimAsString("given_name")),
                    jwt.getClaimAsString("region_code"),
                    authentication));
        }
        return Optional.empty();
    }

    /** Family name first, as Chinese names are written. */
    private static String chineseName(String family, String given) {
        String name = (family == null ? "" : family) + (given == null ? "" : given);
        return name.isBlank() ? null : name;
    }

    private static Officer fromClaims(String username, String name, String regionCode, Authentication auth) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new RegionAccessDeniedException("用户 " + username + " 没有绑定行政区划（region_code），不能登录");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(a.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Officer(username, name == null ? username : name, roles, RegionCode.of(regionCode));
    }
}
