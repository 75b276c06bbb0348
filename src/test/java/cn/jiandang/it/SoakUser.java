package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated official of S7, working its own region's inbox until the deadline with think times between actions:
 * a village officer lists its tasks, applies for a household, opens and completes the home verification and the
 * appraisal of that case; a township, county or province officer lists and opens its tasks; every one searches the
 * registry, reads the daily statistics and loads the app's page in a browser session (the Vaadin bootstrap over plain
 * HTTP). Each action's time and outcome go to {@link SoakStats}.
 */
final class SoakUser implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES = {"王", "李", "张", "刘", "陈", "杨", "赵"};

    private final OfficerClient api;
    private final HttpClient browser;
    private final String base;
    private final String username;
    private final String village;
    private final SoakStats stats;
    private final long deadline;
    private final Duration think;
    private final Connection db;

    SoakUser(
            HttpClient http,
            int port,
            String username,
            String village,
            SoakStats stats,
            long deadlineNanos,
            Duration think,
            Connection db) {
        this.api = new OfficerClient(http, port, username);
        this.browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = "http://127.0.0.1:" + port;
        this.username = username;
        this.village = village;
        this.stats = stats;
        this.deadline = deadlineNanos;
        this.think = think;
        this.db = db;
    }

    @Override
    public void run() {
        try {
            pause(); // users arrive spread over the first think time, not all in the same millisecond
            stats.call("login", login());
            while (System.nanoTime() < deadline) {
                JsonNode page = json(stats.call("list", api.get("/api/v1/tasks")));
                if (village != null) {
                    villageWork();
                } else if (page != null && !page.get("tasks").isEmpty()) {
                    JsonNode tasks = page.get("tasks");
                    String id = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size()))
                            .get("id")
                            .asText();
                    think();
                    stats.call("open", api.get("/api/v1/tasks/" + id));
                }
                think();
                String name = NAMES[ThreadLocalRandom.current().nextInt(NAMES.length)];
                stats.call("search", api.get("/api/v1/households?q=" + enc(name) + "&size=20"));
                think();
                stats.call("statistics", api.get("/api/v1/statistics/daily"));
                think();
                stats.call("page", page("/"));
                think();
            }
        } catch (Exception e) {
            stats.failure("driver", 0, e.toString());
        }
    }

    private void villageWork() throws Exception {
        think();
        JsonNode created = json(stats.call("apply", api.applyForNewHousehold(village, "浸泡测试户")));
        if (created == null) {
            return;
        }
        String instance = created.get("processInstanceId").asText();
        for (String step : new String[] {"homeVerification", "democraticAppraisal"}) {
            // the officer finds the new case in the inbox; the driver takes its id where the inbox reads it from
            String task = CrashLoad.openTask(db, instance, step);
            if (task == null) {
                stats.failure("complete", 0, "no " + step + " task for " + instance);
                return;
            }
            think();
            stats.call("open", api.get("/api/v1/tasks/" + task));
            think();
            OfficerClient.Answer done =
                    step.equals("homeVerification") ? api.completeHomeVerification(task) : api.completeAppraisal(task);
            if (!stats.call("complete", done).ok()) {
                return;
            }
        }
    }

    /** The login form as a browser posts it: a redirect to the app, not back to the form with an error. */
    private OfficerClient.Answer login() {
        page("/login");
        OfficerClient.Answer a = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo")));
        boolean in = a.status() == 302 && !a.body().contains("error");
        return new OfficerClient.Answer(in ? 200 : 401, a.body(), a.requestId(), a.millis());
    }

    /** A page of the app in the browser session: its HTML (a redirect to the login would be a lost session). */
    private OfficerClient.Answer page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*")
                .GET());
    }

    /** A browser request; a redirect's body is replaced by its Location. */
    private OfficerClient.Answer send(HttpRequest.Builder request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = browser.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = r.statusCode() / 100 == 3
                    ? r.headers().firstValue("Location").orElse("")
                    : r.body();
            return new OfficerClient.Answer(r.statusCode(), body, "", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            return new OfficerClient.Answer(0, e.toString(), "", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static JsonNode json(OfficerClient.Answer a) throws Exception {
        return a.ok() && a.body() != null && !a.body().isEmpty() ? JSON.readTree(a.body()) : null;
    }

    private void think() throws InterruptedException {
        if (System.nanoTime() < deadline) {
            pause();
        }
    }

    private void pause() throws InterruptedException {
        // think time of a person between two clicks, not a wait for asynchronous work
        Thread.sleep(think.toMillis() / 2 + ThreadLocalRandom.current().nextLong(think.toMillis() + 1));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
