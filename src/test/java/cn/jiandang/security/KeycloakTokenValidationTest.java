package cn.jiandang.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a bearer token must be (the IT proves the signature check against the real Keycloak). */
class KeycloakTokenValidationTest {

    static final String ISSUER = "http://localhost:8180/realms/jiandang";
    final OAuth2TokenValidator<Jwt> validator = KeycloakSecurityConfig.validator(
            new KeycloakSecurityConfig.KeycloakSettings(ISSUER, "", "jiandang-app", "secret"));

    @Test
    void aFreshTokenOfTheRealmForThisClientWithARegionPasses() {
        assertThat(validator
                        .validate(token(Instant.now(), "130125100201", "jiandang-app"))
                        .hasErrors())
                .isFalse();
    }

    @Test
    void anExpiredTokenIsRefused() {
        OAuth2TokenValidatorResult result =
                validator.validate(token(Instant.now().minusSeconds(600), "130125100201", "jiandang-app"));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getErrors()).extracting(OAuth2Error::getDescription).anyMatch(d -> d.contains("expired"));
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertThat(validator
                        .validate(token(Instant.now(), "130125100201", "other-app"))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void aTokenWithoutRegionIsRefusedWithAClearMessageNeverAsEverything() {
        for (String region : new String[] {null, "", "13012510", "abcdefghijkl"}) {
            OAuth2TokenValidatorResult result = validator.validate(token(Instant.now(), region, "jiandang-app"));
            assertThat(result.getErrors()).extracting(OAuth2Error::getErrorCode).contains(RegionClaim.ERROR);
            JwtValidationException e = new JwtValidationException("invalid", result.getErrors());
            assertThat(ApiProblems.unauthorizedDetail(new InvalidBearerTokenException("invalid", e)))
                    .contains("没有绑定有效的行政区划（region_code）");
        }
    }

    private static Jwt token(Instant issued, String region, String audience) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(ISSUER)
                .audience(List.of(audience))
                .subject("s")
                .claim("preferred_username", "village1")
                .issuedAt(issued)
                .expiresAt(issued.plusSeconds(300));
        if (region != null) {
            jwt.claim("region_code", region);
        }
        return jwt.build();
    }
}
