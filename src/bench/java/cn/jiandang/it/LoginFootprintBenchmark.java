package cn.jiandang.it;

import cn.jiandang.bench.measure.Capture;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 13, a benchmark (no *IT name: failsafe runs it only when named): the login of the footprint
 * benchmark ({@link TaskListFootprintBenchmark}'s "login post -> task list rows") in Chromium, with what the server
 * does for it. For each of {@value #RUNS} logins of village1 (after {@value #WARM_UP} warm-ups), each in a fresh
 * cookie jar: the ms from the login post's navigation start until the task grid shows a row (measured in the page),
 * the app JVM's CPU time, and the JDBC statements and commits the app sent (its DataSource wrapped by the harness's
 * {@link Capture}) from the post until the page is idle; then the statements of the last login, grouped.
 * <pre>
 * JIANDANG_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/NAME ./mvnw -B -o -Pbench verify -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoginFootprintBenchmark
 * </pre>
 * Writes target/benchmark/login-footprint.txt. Method and figures: .docs/benchmarks.md.
 */
@PostgresAppTest
class LoginFootprintBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final String VILLAGE = "130125100201";

    /** The app's DataSource, counted (a context of its own: this benchmark never runs beside the ITs). */
    @TestConfiguration
    static class Counted {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Capture) ? new Capture(ds) : bean;
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake intake;

    @Autowired
    TaskListService taskList;

    private final StringBuilder report = new StringBuilder();

    @Test
    void loginToTaskList() throws Exception {
        Capture capture = (Capture) dataSource;
        print("seeded %d applications for village %s; village1 has %d tasks", seed(), VILLAGE, villageTasks());
        ChromeDriver driver = (ChromeDriver) Browsers.chromium();
        try {
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", TaskListFootprintBenchmark.FIRST_ROWS));
            VaadinPage page = new VaadinPage(driver, port);
            print(
                    "load average %.2f, processors %d",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            List<Double> ms = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> statements = new ArrayList<>();
            List<Double> commits = new ArrayList<>();
            List<Capture.Executed> last = List.of();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                driver.manage().deleteAllCookies();
                page.open("login");
                long cpu0 = processCpuNanos();
                // the login runs on the server's request threads, not this one
                capture.startAnyThread();
                page.submitLogin("village1");
                double rows = ((Number) page.wait.until(d -> page.js("return window.__jdFirstRows"))).doubleValue();
                page.idle();
                capture.stop();
                if (i >= WARM_UP) {
                    ms.add(rows);
                    cpu.add((processCpuNanos() - cpu0) / 1e6);
                    statements.add((double) capture.statements());
                    commits.add((double) capture.commits());
                    last = capture.executed();
                }
            }
            print(
                    "login post -> task list rows: median %.0f ms, min %.0f, max %.0f (n=%d after %d warm-ups)",
                    TaskListFootprintBenchmark.median(sorted(ms)),
                    sorted(ms).get(0),
                    sorted(ms).get(ms.size() - 1),
                    ms.size(),
                    WARM_UP);
            print("server CPU per login (this JVM): median %.0f ms", TaskListFootprintBenchmark.median(sorted(cpu)));
            print(
                    "JDBC statements per login: median %.0f (min %.0f, max %.0f), commits median %.0f",
                    TaskListFootprintBenchmark.median(sorted(statements)),
                    sorted(statements).get(0),
                    sorted(statements).get(statements.size() - 1),
                    TaskListFootprintBenchmark.median(sorted(commits)));
            Map<String, Integer> grouped = new TreeMap<>();
            last.forEach(e -> grouped.merge(abbreviate(e.sql()), 1, Integer::sum));
            print("statements of the last login, grouped (%d):", last.size());
            grouped.forEach((sql, n) -> print("  %3d x %s", n, sql));
            assertThat(ms).as("every login showed rows").hasSize(RUNS);
        } finally {
            driver.quit();
        }
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("login-footprint.txt");
        Files.writeString(out, report);
    }

    /** village1's task list needs rows: applications by hotline for its ordinary households (once per database). */
    private int seed() {
        int missing = (int) Math.max(0, 5 - villageTasks());
        TestLogins.login("county1");
        try {
            List<HouseholdSummary> ordinary =
                    households.search(RegionCode.of(VILLAGE), null, PageRequest.of(0, 100)).getContent().stream()
                            .filter(h -> h.category() == null)
                            .filter(h -> identification.openCaseOf(h.id()).isEmpty())
                            .limit(missing)
                            .toList();
            for (HouseholdSummary h : ordinary) {
                intake.apply(new IdentificationApplication(
                        Channel.HOTLINE_12317, Category.NEWLY_POOR, h.id(), null, Set.of(PovertyFactor.ILLNESS), null));
            }
            return ordinary.size();
        } finally {
            TestLogins.logout();
        }
    }

    private long villageTasks() {
        TestLogins.login("village1");
        try {
            return taskList.count(TaskFilter.MINE);
        } finally {
            TestLogins.logout();
        }
    }

    private static List<Double> sorted(List<Double> values) {
        return values.stream().sorted().toList();
    }

    private static String abbreviate(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + line);
        report.append(line).append('\n');
    }
}
