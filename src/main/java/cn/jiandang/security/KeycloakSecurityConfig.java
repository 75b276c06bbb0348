package cn.jiandang.security;

import cn.jiandang.security.ui.LoginRefusedView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The province's Keycloak: OAuth2 login for the views (and logout at Keycloak too), bearer tokens for the
 * REST API. Roles come from the token's {@code roles} claim, the region from {@code region_code}.
 * The browser talks to {@code KEYCLOAK_ISSUER_URI}; the server may reach Keycloak on another address
 * ({@code KEYCLOAK_INTERNAL_URL}, e.g. inside docker compose). Nothing is fetched at start-up.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfig {

    static final String REGISTRATION = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrations(KeycloakSettings keycloak) {
        String server = keycloak.serverRealmUrl();
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(keycloak.issuerUri() + "/protocol/openid-connect/auth")
                .tokenUri(server + "/protocol/openid-connect/token")
                .jwkSetUri(server + "/protocol/openid-connect/certs")
                .userInfoUri(server + "/protocol/openid-connect/userinfo")
                .userNameAttributeName("preferred_username")
                .issuerUri(keycloak.issuerUri())
                .providerConfigurationMetadata(
                        Map.of("end_session_endpoint", keycloak.issuerUri() + "/protocol/openid-connect/logout"))
                .clientName("Keycloak")
                .build());
    }

    @Bean
    KeycloakSettings keycloakSettings(
            @Value("${jiandang.keycloak.issuer-uri}") String issuerUri,
            @Value("${jiandang.keycloak.internal-url:}") String internalUrl,
            @Value("${jiandang.keycloak.client-id}") String clientId,
            @Value("${jiandang.keycloak.client-secret}") String clientSecret) {
        return new KeycloakSettings(issuerUri, internalUrl, clientId, clientSecret);
    }

    @Bean
    JwtDecoder jwtDecoder(KeycloakSettings keycloak) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        keycloak.serverRealmUrl() + "/protocol/openid-connect/certs")
                .build();
        decoder.setJwtValidator(validator(keycloak));
        return decoder;
    }

    /**
     * What a bearer token must be: signed by the realm (the decoder's key set), issued by it, not expired, meant
     * for this client, and bound to a region. A token without {@code region_code} never means "everything".
     */
    static OAuth2TokenValidator<Jwt> validator(KeycloakSettings keycloak) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(keycloak.issuerUri()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(keycloak.clientId())),
                jwt -> RegionClaim.isValid(jwt.getClaimAsString(RegionClaim.NAME))
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error(
                                RegionClaim.ERROR,
                                RegionClaim.missingMessage(jwt.getClaimAsString("preferred_username")),
                                null)));
    }

    /** The browser login: Keycloak's user info, refused at once when the user is bound to no region. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            if (!RegionClaim.isValid(user.getClaimAsString(RegionClaim.NAME))) {
                throw new OAuth2AuthenticationException(new OAuth2Error(
                        RegionClaim.ERROR, RegionClaim.missingMessage(user.getPreferredUsername()), null));
            }
            return user;
        };
    }

    /** Realm roles of the {@code roles} claim become {@code ROLE_*} authorities; unknown roles are ignored. */
    static Set<GrantedAuthority> rolesOf(Object claim) {
        Set<GrantedAuthority> authorities = new HashSet<>();
        if (claim instanceof Collection<?> roles) {
            for (Object role : roles) {
                for (Role known : Role.values()) {
                    if (known.name().equals(String.valueOf(role))) {
                        authorities.add(new SimpleGrantedAuthority(known.authority()));
                    }
                }
            }
        }
        return authorities;
    }

    @Bean
    GrantedAuthoritiesMapper oidcRoles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            authorities.stream()
                    .filter(OidcUserAuthority.class::isInstance)
                    .map(OidcUserAuthority.class::cast)
                    .forEach(a -> mapped.addAll(rolesOf(a.getIdToken().getClaim("roles"))));
            return mapped;
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        Converter<Jwt, AbstractAuthenticationToken> converter = jwt -> new JwtAuthenticationToken(
                jwt, rolesOf(jwt.getClaim("roles")), jwt.getClaimAsString("preferred_username"));
        return SecurityConfig.apiBase(http)
                .oauth2ResourceServer(rs -> rs.authenticationEntryPoint(SecurityConfig.unauthorized(http))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        SecurityConfig.publicResources(http);
        // logging out of the app logs out at Keycloak too (RP-initiated logout), then comes back here
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION, "{baseUrl}"));
        // a refused login (e.g. no region) must not bounce back into Keycloak's still-valid session: say why
        http.oauth2Login(login -> login.failureHandler((request, response, e) ->
                response.sendRedirect(request.getContextPath() + "/" + LoginRefusedView.ROUTE
                        + (e instanceof OAuth2AuthenticationException o
                                        && RegionClaim.ERROR.equals(o.getError().getErrorCode())
                                ? "?reason=region"
                                : ""))));
        return http.build();
    }

    record KeycloakSettings(String issuerUri, String internalUrl, String clientId, String clientSecret) {

        /** Where the server itself reaches the realm: the internal address if set, else the issuer. */
        String serverRealmUrl() {
            if (internalUrl == null || internalUrl.isBlank()) {
                return issuerUri;
            }
            return internalUrl.replaceAll("/+$", "") + issuerUri.substring(issuerUri.indexOf("/realms/"));
        }
    }
}
