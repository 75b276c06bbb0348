package cn.jiandang.it;

import cn.jiandang.household.IdNumber;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An officer calling the REST API of an app that runs apart (S3, S7): HTTP Basic with the demo password, an
 * X-Request-Id per call so that its audit entries can be found, and "no answer" (status 0) instead of an exception
 * when the connection breaks, e.g. because the server was killed.
 */
final class OfficerClient {

    /** An answer; status 0: none came (connection refused or cut). */
    record Answer(int status, String body, String requestId, long millis) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final String base;
    private final String authorization;

    OfficerClient(HttpClient http, int port, String username) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** An application for a household not yet registered, its head's ID number new (born in the county). */
    Answer applyForNewHousehold(String villageCode, String headName) {
        return post("/api/v1/applications", """
                {"channel":"VILLAGE","kind":"MARGINAL","causes":["EPIDEMIC"],"household":{"villageCode":"%s",\
                "contactPhone":"13712345678","members":[{"name":"%s","idNumber":"%s","relation":"HEAD"}]}}""".formatted(villageCode, headName, newIdNumber(villageCode)));
    }

    Answer completeHomeVerification(String taskId) {
        return post(
                "/api/v1/tasks/" + taskId + "/home-verification",
                "{\"causes\":[\"EPIDEMIC\"],\"signedCommitment\":true}");
    }

    Answer completeAppraisal(String taskId) {
        return post("/api/v1/tasks/" + taskId + "/appraisal", "{\"passed\":true,\"minutes\":\"村民代表会议同意\"}");
    }

    /**
     * A valid GB 11643 number of someone born in the village's county between 1931 and 1949 with a sequence of 100 to
     * 899: far from the demo and test households' numbers, and a repeat among runs is rare (a 409 then, not an error).
     */
    /** Birth days (1931 on, 19 years) times sequences 100–899: the numbers one JVM hands out, each once. */
    private static final int DAYS = 19 * 365;

    private static final int SPACE = DAYS * 800;

    /**
     * From a random place, then each next one: independent random draws could meet an earlier applicant's number (a few
     * per cent of 10-minute soaks; the one 409 of 15,022 actions on 6 December), a duplicate application the app
     * rightly refused, counted as the soak's error.
     */
    private static final AtomicInteger NEXT_ID =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(SPACE));

    static String newIdNumber(String villageCode) {
        int n = Math.floorMod(NEXT_ID.getAndIncrement(), SPACE);
        LocalDate birth = LocalDate.of(1931, 1, 1).plusDays(n % DAYS);
        String first17 =
                villageCode.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", 100 + n / DAYS);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private Answer send(HttpRequest.Builder request) {
        String id = UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(
                    request.header("Authorization", authorization)
                            .header("X-Request-Id", id)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), id, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e), id, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", id, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
