package cn.jiandang.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S7, soak: simulated officials of every level (village, township, county, province; several share each demo login, as
 * colleagues of one office would) work the app that runs as its own JVM on PostgreSQL for a number of minutes, with
 * think times: list, open, complete, apply, search, statistics, the app's page. Zero errors; p95 per action. Not part
 * of .ci/run: {@code bash .ci/soak} (or -Dsoak.minutes=10 -Dsoak.users=50 -Dit.test=SoakIT). Writes target/soak.txt.
 */
@EnabledIfSystemProperty(named = "soak.minutes", matches = "\\d+(\\.\\d+)?")
class SoakIT {

    /** Login and its village (null: not a village officer), in the order users are given them. */
    static final List<String[]> MIX = List.of(
            new String[] {"village1", "130125100201"},
            new String[] {"township1", null},
            new String[] {"village2", "130125101201"},
            new String[] {"county1", null},
            new String[] {"village1", "130125100201"},
            new String[] {"township2", null},
            new String[] {"village2", "130125101201"},
            new String[] {"township1b", null},
            new String[] {"county2", null},
            new String[] {"province1", null});

    @Test
    void officialsWorkForMinutesWithoutAnError() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes"));
        int users = Integer.getInteger("soak.users", 50);
        Duration think = Duration.ofMillis(Long.getLong("soak.thinkMs", 2000));
        SoakStats stats = new SoakStats();
        List<Thread> threads = new ArrayList<>();
        try (AppProcess app = AppProcess.start(
                        "s7-soak", AppProcess.options("-Xmx1g", "-Dfile.encoding=UTF-8"), Duration.ofSeconds(300));
                Connection db =
                        DriverManager.getConnection(AppProcess.DB_URL, AppProcess.DB_USER, AppProcess.DB_PASSWORD)) {
            HttpClient http = OfficerClient.sharedClient();
            long deadline = System.nanoTime() + (long) (minutes * 60e9);
            for (int i = 0; i < users; i++) {
                String[] who = MIX.get(i % MIX.size());
                Thread t = new Thread(
                        new SoakUser(http, app.port(), who[0], who[1], stats, deadline, think, db), "s7-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        String p95 = stats.p95().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String line = String.format(
                "S7 soak: %d users × %s min, %d actions, %d errors, p95 ms: %s",
                users,
                minutes % 1 == 0 ? String.valueOf((long) minutes) : minutes,
                stats.actions(),
                stats.errors(),
                p95);
        System.out.println(line);
        Files.writeString(
                Files.createDirectories(Path.of("target")).resolve("soak.txt"),
                line + "\nactions: " + stats.counts() + "\nthink " + think.toMillis() + " ms ±50%\n"
                        + String.join("\n", stats.failures()) + "\n");
        assertThat(stats.failures()).as("errors (the first 20)").isEmpty();
        assertThat(stats.counts())
                .as("every action ran")
                .containsKeys(
                        Map.of("list", 0, "open", 0, "complete", 0, "apply", 0, "search", 0, "statistics", 0, "page", 0)
                                .keySet()
                                .toArray(String[]::new));
    }
}
