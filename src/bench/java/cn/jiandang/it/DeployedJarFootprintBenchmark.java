package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task-list benchmark against an app that already runs, e.g. the deployed production jar on its embedded H2
 * default (demo data). Not a CI test (the name does not end in IT; it also runs only when JIANDANG_BENCH_URL is
 * set). Build and start the jar, then run this with the app's address and process id:
 * <pre>
 * ./mvnw -B -o -Pproduction -DskipTests package
 * mkdir /tmp/jd-jar &amp;&amp; cp target/jiandang-*.jar /tmp/jd-jar/app.jar &amp;&amp; cd /tmp/jd-jar
 * SERVER_PORT=18080 java -jar app.jar &amp;          # empty folder: H2 file ./data, demo data, Vaadin production mode
 * cd -; JIANDANG_BENCH_URL=http://localhost:18080 JIANDANG_BENCH_PID=$(pgrep -n -f /tmp/jd-jar/app.jar) \
 *   ./mvnw -B -o -Pbench verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DeployedJarFootprintBenchmark
 * </pre>
 * (a) As village1 with HTTP Basic, it applies (POST /api/v1/applications, channel VILLAGE) for every ordinary or
 * marginal household of 130125100201 that has no open identification, so that village1's task list shows home
 * verifications. (b) It opens village1's task list RUNS times after a warm-up and takes the time from navigation
 * start to the first grid row showing text, in the page. (c) It reads the app's used heap after GC with
 * {@code jcmd PID GC.run} and {@code jcmd PID GC.heap_info}, opens SESSIONS sessions (log in, task list open),
 * reads it again and divides. (d) The slow-network figures of {@link TaskListFootprintBenchmark} for village1.
 * Writes target/benchmark/deployed-jar.txt. The seeded applications stay in the app's database.
 */
@EnabledIfEnvironmentVariable(named = "JIANDANG_BENCH_URL", matches = ".+")
class DeployedJarFootprintBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int SESSIONS = 20;
    private static final String OFFICER = "village1";
    private static final String VILLAGE = "130125100201";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final String base = System.getenv("JIANDANG_BENCH_URL").replaceAll("/+$", "");
    private final String pid = System.getenv("JIANDANG_BENCH_PID");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder report = new StringBuilder();

    @Test
    void taskListOpenTimeAndHeapPerSession() throws Exception {
        assertThat(pid).as("JIANDANG_BENCH_PID: the app's process id, for jcmd").isNotBlank();
        print(
                "app %s (pid %s), load average %.2f, processors %d",
                base,
                pid,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        print("seeded %d identification applications for %s", seedApplications(), VILLAGE);

        ChromeDriver driver = (ChromeDriver) Browsers.chromium();
        try {
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", TaskListFootprintBenchmark.FIRST_ROWS));
            VaadinPage page = new VaadinPage(driver, base, Duration.ofSeconds(60));
            openTimes(page);
            heapPerSession(page);
        } finally {
            driver.quit();
        }
        TaskListFootprintBenchmark.slowNetwork(base, OFFICER, "deployed jar", this::print);
        print(
                "load average at the end: %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.writeString(
                Files.createDirectories(Path.of("target", "benchmark")).resolve("deployed-jar.txt"), report);
    }

    private int seedApplications() throws Exception {
        JsonNode page = json.readTree(send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/households?size=100"))
                        .GET(),
                200));
        int seeded = 0;
        for (JsonNode h : page.path("content")) {
            String category =
                    h.path("category").isNull() ? null : h.path("category").asText();
            if (category != null && !category.equals("MARGINAL")) {
                continue;
            }
            String body = json.writeValueAsString(Map.of(
                    "channel",
                    "VILLAGE",
                    "kind",
                    "NEWLY_POOR",
                    "householdId",
                    h.path("id").asLong(),
                    "causes",
                    List.of("ILLNESS")));
            HttpResponse<String> r = http.send(
                    authorised(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                seeded++;
            } else {
                // 409: an open identification from an earlier run; anything else is worth seeing
                assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
            }
        }
        return seeded;
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = http.send(authorised(request), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        return r.body();
    }

    private static HttpRequest authorised(HttpRequest.Builder request) {
        return request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((OFFICER + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private void openTimes(VaadinPage page) {
        page.login(OFFICER);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            page.open("tasks");
            Number firstRows = (Number) page.wait.until(d -> page.js("return window.__jdFirstRows"));
            assertThat(firstRows.doubleValue()).as("the grid shows rows").isPositive();
            if (i >= WARM_UP) {
                times.add(firstRows.doubleValue());
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        print(
                "task list open %s: median %.0f ms, min %.0f, max %.0f (n=%d after %d warm-up loads)",
                OFFICER,
                TaskListFootprintBenchmark.median(sorted),
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                sorted.size(),
                WARM_UP);
    }

    private void heapPerSession(VaadinPage page) throws Exception {
        long start = usedHeapAfterGcKb();
        long previous = start;
        for (int batch = 1; batch <= 2; batch++) {
            for (int i = 0; i < SESSIONS / 2; i++) {
                page.login(OFFICER);
                page.wait.until(d -> page.js("return window.__jdFirstRows"));
            }
            long used = usedHeapAfterGcKb();
            print(
                    "heap batch %d: %d sessions more, used after GC %d KB -> %d KB: %d KB per session",
                    batch, SESSIONS / 2, previous, used, (used - previous) / (SESSIONS / 2));
            previous = used;
        }
        print(
                "heap: %d sessions (%s, each logged in with its task list open), used heap after GC %d KB -> %d KB: "
                        + "%d KB per session (jcmd GC.run, GC.heap_info)",
                SESSIONS, OFFICER, start, previous, (previous - start) / SESSIONS);
    }

    /** Two full GCs in the app (jcmd GC.run), then the used heap from jcmd GC.heap_info. */
    private long usedHeapAfterGcKb() throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        assertThat(m.find()).as("GC.heap_info shows the used heap").isTrue();
        return Long.parseLong(m.group(1));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", pid, command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + line);
        report.append(line).append('\n');
    }
}
