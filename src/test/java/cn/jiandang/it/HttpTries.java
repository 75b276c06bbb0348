package cn.jiandang.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests to the running app as the suites make them: raw paths sent as written (no normalising client), HTTP Basic
 * or a browser-like session from the login form, and an X-Request-Id per request so that its audit entries can be
 * found.
 */
final class HttpTries {

    record Answer(int status, String body, String contentType, String requestId) {}

    private final String base;
    private final HttpClient plain;
    private final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();

    HttpTries(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.plain =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    Answer basic(String user, String method, String path, String json) {
        return basic(user, method, path, json, Map.of());
    }

    Answer basic(String user, String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(method, path, json);
        headers.forEach(request::header);
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return send(plain, request);
    }

    /** As a browser after the login form: the session cookie, HTML accepted. */
    Answer session(String user, String method, String path) {
        HttpClient client = sessions.computeIfAbsent(user, this::login);
        return send(client, request(method, path, null).header("Accept", "text/html,application/xhtml+xml,*/*"));
    }

    Answer raw(HttpRequest.Builder request) {
        return send(plain, request);
    }

    String base() {
        return base;
    }

    private HttpClient login(String user) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        send(client, request("GET", "/login", null));
        Answer answer = send(
                client,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
        if (answer.status() != 302) {
            throw new IllegalStateException("login of " + user + " answered " + answer.status());
        }
        return client;
    }

    private HttpRequest.Builder request(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return b;
    }

    private static Answer send(HttpClient client, HttpRequest.Builder request) {
        String id = UUID.randomUUID().toString();
        try {
            HttpResponse<String> r = client.send(
                    request.header("X-Request-Id", id).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
