package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against the real Keycloak that .ci/test starts: the browser logs in on Keycloak's page and
 * lands in its task list with its region; a real token opens the REST API, bad tokens get 401, a user without
 * region is refused with a clear message, brute force locks the user, logout ends the Keycloak session too.
 * Fixed port 18080: its redirect URI is allowed by the dev realm. Browser and server both use "localhost".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + KeycloakSsoIT.PORT, "jiandang.keycloak.issuer-uri=" + KeycloakSsoIT.ISSUER})
@ActiveProfiles({"postgres", "pgtest", "keycloak"})
class KeycloakSsoIT {

    static final int PORT = 18080;
    static final String KEYCLOAK = "http://localhost:8180";
    static final String ISSUER = KEYCLOAK + "/realms/jiandang";
    static final String APP = "http://localhost:" + PORT;
    static final Path SHOTS = Path.of("target", "screenshots");

    final ObjectMapper json = new ObjectMapper();
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void village1LogsInThroughKeycloakLandsInItsTaskListCallsTheApiAndLogsOutEverywhere() throws Exception {
        driver.get(APP + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        assertThat(driver.getCurrentUrl()).startsWith(ISSUER + "/protocol/openid-connect/auth");
        keycloakLogin("village1", "demo");

        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-count")));
        assertThat(count.getText()).isNotBlank();
        assertThat(driver.getCurrentUrl()).startsWith(APP);
        // the frame shows the officer from the ID token: family name first, and its region (东关村)
        assertThat(text(driver))
                .contains("我的任务")
                .contains("张伟")
                .contains("village1")
                .contains("东关村");
        shot("sso-01-task-list-village1");

        String token = token("village1", "demo");
        HttpResponse<String> me = get("/api/v1/me", token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("regionCode").asText()).isEqualTo("130125100201");
        assertThat(body.get("roles").toString()).contains("VILLAGE_OFFICER");
        assertThat(get("/engine-rest/task", token).statusCode())
                .as("engine REST for the centre only")
                .isEqualTo(403);
        assertThat(get("/engine-rest/task", token("centre", "demo")).statusCode())
                .isEqualTo(200);

        driver.findElement(By.id("logout")).click();
        // RP-initiated logout: Keycloak ends its session and sends the browser back, which must log in again
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        driver.get(APP + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        assertThat(driver.getCurrentUrl()).startsWith(ISSUER);
        shot("sso-02-after-logout");
    }

    @Test
    void expiredForgedOrTamperedTokensGet401() throws Exception {
        assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", "not-a-jwt").statusCode()).isEqualTo(401);

        String real = token("county1", "demo");
        String[] parts = real.split("\\.");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));

        // the same claims, but the region widened to the whole nation: the signature no longer fits
        String widened = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        json.writeValueAsBytes(((ObjectNode) claims.deepCopy()).put("region_code", "000000000000")));
        HttpResponse<String> tampered = get("/api/v1/me", parts[0] + "." + widened + "." + parts[2]);
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(tampered.body()).contains("令牌无效或已过期");

        // well-formed and unexpired, but signed with a key that is not the realm's
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(json.readTree(Base64.getUrlDecoder().decode(parts[0]))
                                .get("kid")
                                .asText())
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .audience("jiandang-app")
                        .subject(UUID.randomUUID().toString())
                        .claim("preferred_username", "centre")
                        .claim("region_code", "000000000000")
                        .claim("roles", List.of("CENTRE_ADMIN"))
                        .issueTime(new Date())
                        .expirationTime(new Date(System.currentTimeMillis() + 300_000))
                        .build());
        forged.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        assertThat(get("/api/v1/me", forged.serialize()).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", forged.serialize()).statusCode()).isEqualTo(401);

        // a real token is accepted until it expires; its expiry is the realm's 300 s
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
        assertThat(get("/api/v1/me", real).statusCode()).isEqualTo(200);
    }

    @Test
    void aUserWithoutRegionIsRefusedWithAClearMessageNeverSeesEverything() throws Exception {
        HttpResponse<String> api = get("/api/v1/me", token("noregion", "demo"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(json.readTree(api.body()).get("detail").asText()).contains("没有绑定有效的行政区划（region_code）");

        driver.get(APP + "/households");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        keycloakLogin("noregion", "demo");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-refused-message")));
        assertThat(message.getText()).contains("没有绑定有效的行政区划");
        assertThat(driver.getCurrentUrl()).startsWith(APP + "/login-refused");
        shot("sso-03-no-region-refused");
        driver.get(APP + "/households");
        // still no way in: the app's session holds no login
        wait.until(d -> d.getCurrentUrl().contains("login-refused")
                || !d.findElements(By.id("kc-login")).isEmpty());
        assertThat(driver.findElements(By.id("households"))).isEmpty();
    }

    @Test
    void bruteForceLocksTheUserInKeycloak() throws Exception {
        String admin = adminToken();
        String username = "bruteforce-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = createUser(admin, username, "130125100201");
        try {
            for (int i = 0; i < 6; i++) {
                assertThat(passwordGrant(username, "wrong-" + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> right = passwordGrant(username, "demo-Correct1");
            assertThat(right.statusCode())
                    .as("locked: even the right password is refused")
                    .isEqualTo(401);
            JsonNode status = json.readTree(send(HttpRequest.newBuilder(URI.create(
                                    KEYCLOAK + "/admin/realms/jiandang/attack-detection/brute-force/users/" + userId))
                            .header("Authorization", "Bearer " + admin)
                            .build())
                    .body());
            assertThat(status.get("disabled").asBoolean()).as(status.toString()).isTrue();
            // failures while locked are not counted; the quick-login check may lock after two fast ones
            assertThat(status.get("numFailures").asInt()).isGreaterThanOrEqualTo(2);
        } finally {
            send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/jiandang/users/" + userId))
                    .header("Authorization", "Bearer " + admin)
                    .DELETE()
                    .build());
        }
    }

    private void keycloakLogin(String username, String password) {
        WebElement user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private String token(String username, String password) throws Exception {
        HttpResponse<String> response = passwordGrant(username, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        return form(
                ISSUER + "/protocol/openid-connect/token",
                Map.of(
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
                        "openid"));
    }

    /** The dev master realm's admin (admin/admin, set by .ci/test), for the Admin REST API. */
    private String adminToken() throws Exception {
        HttpResponse<String> response = form(
                KEYCLOAK + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asText();
    }

    private String createUser(String admin, String username, String region) throws Exception {
        String user = json.writeValueAsString(Map.of(
                "username",
                username,
                "enabled",
                true,
                "firstName",
                "测",
                "lastName",
                "试",
                "email",
                username + "@jiandang.example",
                "emailVerified",
                true,
                "attributes",
                Map.of("region_code", List.of(region)),
                "credentials",
                List.of(Map.of("type", "password", "value", "demo-Correct1", "temporary", false))));
        HttpResponse<String> created =
                send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/jiandang/users"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(user))
                        .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> form(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String text(WebDriver d) {
        Object text = ((JavascriptExecutor) d)
                .executeScript("function all(n){let t='';if(n.shadowRoot){t+=all(n.shadowRoot);}"
                        + "for(const c of n.childNodes){t+= c.nodeType===3 ? c.textContent : all(c);}return t;}"
                        + "return all(document.body);");
        return text == null ? "" : text.toString();
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
