package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm of realm-config/ imported into the Keycloak that .ci/test starts, and its tokens carry the region. */
class KeycloakRealmIT {

    static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");
    final ObjectMapper json = new ObjectMapper();
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theRealmIsImportedAndATokenCarriesRegionCodeAndRoles() throws Exception {
        HttpResponse<String> discovery = client.send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/jiandang/.well-known/openid-configuration"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);

        JsonNode token = token("village1", "demo");
        JsonNode claims = claims(token.get("access_token").asText());
        assertThat(claims.get("region_code").asText()).isEqualTo("130125100201");
        assertThat(claims.get("roles").toString()).contains("VILLAGE_OFFICER");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("village1");

        JsonNode idClaims = claims(token.get("id_token").asText());
        assertThat(idClaims.get("region_code").asText()).isEqualTo("130125100201");
    }

    @Test
    void everyDemoOfficerHasItsRegion() throws Exception {
        Map<String, String> regions = Map.of(
                "township1",
                "130125100000",
                "county1",
                "130125000000",
                "province1",
                "130000000000",
                "centre",
                "000000000000");
        for (var e : regions.entrySet()) {
            assertThat(claims(token(e.getKey(), "demo").get("access_token").asText())
                            .get("region_code")
                            .asText())
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    private JsonNode token(String username, String password) throws Exception {
        Map<String, String> form = Map.of(
                "grant_type",
                "password",
                "client_id",
                "jiandang-app",
                "client_secret",
                System.getenv().getOrDefault("KEYCLOAK_CLIENT_SECRET", "jiandang-dev-secret"),
                "username",
                username,
                "password",
                password,
                "scope",
                "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/jiandang/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode claims(String jwt) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
