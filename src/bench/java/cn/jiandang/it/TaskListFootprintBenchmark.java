package cn.jiandang.it;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test CI runs (the name does not end in IT, so failsafe skips it unless asked). Development
 * mode (the test classpath, Vaadin's pre-built dev bundle), then production mode (the -Pproduction build: the
 * production bundle in target/classes, vaadin-dev off the classpath):
 * <pre>
 * JIANDANG_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/NAME ./mvnw -B -o -Pbench verify -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TaskListFootprintBenchmark
 * JIANDANG_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/NAME ./mvnw -B -o -Pproduction,bench verify -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TaskListFootprintBenchmark
 * </pre>
 * In this order, or with {@code ./mvnw clean} in between, so that no output of a production build left in target/
 * can decide the mode. The report names the mode Vaadin actually ran in.
 * On the demo data it first brings the open identifications of 龙州镇 and 南桥镇 to township review and county
 * approval, so that township1's and county1's task lists have rows (a second run on the same database finds them
 * and seeds none). Then (a) it loads the task list page N times
 * per officer after a warm-up and takes the time from navigation start to the first grid row showing text,
 * measured in the page (performance.now()); (b) it opens N sessions (log in, task list open), forces GC and
 * divides the growth of the used heap by N; (c) in a new browser (empty HTTP cache) on an emulated county-office
 * link (Chromium's Network.emulateNetworkConditions: 2 Mbit/s down, 1 Mbit/s up, 100 ms latency) it measures the
 * cold first visit (app address to login form, login post to task list rows) and warm reopens of the task list,
 * with the bytes transferred (Resource Timing transferSize sums). Prints the figures; asserts only that rows show
 * and sessions exist. Writes target/benchmark/task-list-footprint-MODE.txt and slow-network-MODE.properties; the
 * second mode's run prints production/development ratios. {@link DeployedJarFootprintBenchmark} measures the
 * deployed jar. Method, figures and caveats: .docs/benchmarks.md.
 */
@PostgresAppTest
class TaskListFootprintBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int SESSIONS = 20;
    private static final List<String> T1_VILLAGES = List.of("130125100201", "130125100202", "130125100203");
    private static final String T2_VILLAGE = "130125101201";

    /** Installed in every new document: the ms from navigation start until a body row of the task grid has text. */
    static final String FIRST_ROWS = "window.__jdFirstRows = null;"
            + "const __jdPoll = setInterval(() => {"
            + "  const g = document.getElementById('tasks');"
            + "  if (!g || !g.shadowRoot) return;"
            + "  for (const s of g.shadowRoot.querySelectorAll('#items tr:not([hidden]) td slot')) {"
            + "    const n = s.assignedElements({flatten: true});"
            + "    if (n.length && n[0].textContent.trim()) {"
            + "      window.__jdFirstRows = performance.now(); clearInterval(__jdPoll); return; } }"
            + "}, 5);";

    /** Also in every new document: a large Resource Timing buffer, and the ms until the login form is usable. */
    static final String LOGIN_FORM = "performance.setResourceTimingBufferSize(5000);"
            + "window.__jdLoginForm = null;"
            + "const __jdLoginPoll = setInterval(() => {"
            + "  if (document.querySelector('vaadin-login-form input[name=username]')) {"
            + "    window.__jdLoginForm = performance.now(); clearInterval(__jdLoginPoll); }"
            + "}, 5);";

    /** Bytes over the wire for this document (navigation + resources + XHR, headers included), entries, fetched. */
    static final String TRANSFERRED = "const all = performance.getEntriesByType('navigation')"
            + "  .concat(performance.getEntriesByType('resource'));"
            + "return [all.reduce((s, e) => s + (e.transferSize || 0), 0), all.length,"
            + "  all.filter(e => e.transferSize > 0).length];";

    /** The largest download of the document: bytes and ms of its body, to check that the throttle took effect. */
    private static final String LARGEST = "const r = performance.getEntriesByType('resource')"
            + "  .concat(performance.getEntriesByType('navigation'))"
            + "  .sort((a, b) => b.transferSize - a.transferSize)[0];"
            + "return r ? [r.transferSize, r.responseEnd - r.responseStart, r.duration, r.name]"
            + "  : null;";

    /**
     * The county-office link Chromium emulates (CDP Network.emulateNetworkConditions, bytes per second): 2 Mbit/s
     * down, 1 Mbit/s up, 100 ms added to every response.
     */
    static final int LATENCY_MS = 100;

    static final int DOWN_BYTES_PER_S = 2_000_000 / 8;
    static final int UP_BYTES_PER_S = 1_000_000 / 8;
    private static final int WARM_SLOW_RUNS = 5;

    @LocalServerPort
    int port;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @Autowired
    ServletWebServerApplicationContext context;

    VaadinPage page;
    final StringBuilder report = new StringBuilder();

    @BeforeEach
    void startBrowser() throws Exception {
        ChromeDriver driver = (ChromeDriver) Browsers.chromium();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FIRST_ROWS));
        page = new VaadinPage(driver, port);
    }

    @AfterEach
    void stopBrowser() {
        page.driver.quit();
        TestLogins.logout();
    }

    @Test
    void taskListOpenTimeAndHeapPerSession() throws Exception {
        seedOpenIdentifications();
        print("Vaadin mode: %s", mode());
        print("tasks: township1 %d, county1 %d (MINE)", count("township1"), count("county1"));
        print(
                "load average: %.2f, processors: %d",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        for (String officer : List.of("township1", "county1")) {
            List<Double> ms = openTimes(officer);
            List<Double> sorted = ms.stream().sorted().toList();
            print(
                    "task list open %s: median %.0f ms, min %.0f, max %.0f (n=%d after %d warm-up loads)",
                    officer, median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), WARM_UP);
        }
        page.login("township1");
        page.shot("bench-township1-task-list");

        heapPerSession();
        slowNetwork();
        print(
                "load average at the end: %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path out = Files.createDirectories(Path.of("target", "benchmark"))
                .resolve("task-list-footprint-" + mode() + ".txt");
        Files.writeString(out, report);
    }

    /** "production" or "development": the mode Vaadin runs in (production needs the -Pproduction build). */
    private String mode() {
        return ApplicationConfiguration.get(new VaadinServletContext(context.getServletContext()))
                        .isProductionMode()
                ? "production"
                : "development";
    }

    /**
     * township1 on an emulated county-office link, in a new browser (empty HTTP cache): (1) cold: the app's address
     * until the login form is usable, then the login post until the task list shows rows; (2) warm: the task list
     * reopened (same session, cache filled) WARM_SLOW_RUNS times. Times are measured in the page from navigation
     * start (the login post's, for the first task list); bytes are the Resource Timing transferSize sums.
     * Writes target/benchmark/slow-network-MODE.properties and prints ratios if the other mode's file exists.
     */
    private void slowNetwork() throws Exception {
        Properties figures = slowNetwork("http://localhost:" + port, "township1", mode(), this::print);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        try (var out = Files.newBufferedWriter(dir.resolve("slow-network-" + mode() + ".properties"))) {
            figures.store(out, "TaskListFootprintBenchmark, " + mode() + " mode");
        }
        String other = mode().equals("production") ? "development" : "production";
        Path otherFile = dir.resolve("slow-network-" + other + ".properties");
        if (Files.exists(otherFile)) {
            Properties o = new Properties();
            try (var in = Files.newBufferedReader(otherFile)) {
                o.load(in);
            }
            Properties prod = mode().equals("production") ? figures : o;
            Properties dev = mode().equals("production") ? o : figures;
            for (String key : List.of(
                    "coldLoginMs",
                    "coldLoginBytes",
                    "coldTaskListMs",
                    "coldTaskListBytes",
                    "coldTotalMs",
                    "coldTotalBytes",
                    "warmMs",
                    "warmBytes")) {
                double p = Double.parseDouble(prod.getProperty(key));
                double d = Double.parseDouble(dev.getProperty(key));
                print("  production/development %s: %.0f / %.0f = %.2f", key, p, d, p / d);
            }
        }
    }

    /** The slow-network figures of one officer on the app at base (see slowNetwork()); the caller prints them. */
    static Properties slowNetwork(String base, String officer, String mode, Printer out) throws Exception {
        ChromeDriver driver = (ChromeDriver) Browsers.chromium();
        Properties figures = new Properties();
        try {
            driver.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", LOGIN_FORM + FIRST_ROWS));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    Map.of(
                            "offline",
                            false,
                            "latency",
                            LATENCY_MS,
                            "downloadThroughput",
                            DOWN_BYTES_PER_S,
                            "uploadThroughput",
                            UP_BYTES_PER_S));
            VaadinPage slow = new VaadinPage(driver, base, Duration.ofMinutes(5));
            out.print(
                    "slow network (%s mode): latency %d ms, down %d kbit/s, up %d kbit/s (Chromium emulation)",
                    mode, LATENCY_MS, DOWN_BYTES_PER_S * 8 / 1000, UP_BYTES_PER_S * 8 / 1000);

            driver.get(slow.base() + "/");
            double loginMs = ((Number) slow.wait.until(d -> slow.js("return window.__jdLoginForm"))).doubleValue();
            slow.idle();
            List<?> loginBytes = (List<?>) slow.js(TRANSFERRED);
            List<?> largest = (List<?>) slow.js(LARGEST);
            out.print(
                    "  largest download: %s bytes, body %.0f ms (%.0f kbit/s), whole request %.0f ms: %s",
                    largest.get(0),
                    num(largest.get(1)),
                    num(largest.get(0)) * 8 / num(largest.get(1)),
                    num(largest.get(2)),
                    largest.get(3));
            out.print(
                    "  cold: app address -> login form usable %.0f ms, %s bytes (%s entries, %s fetched)",
                    loginMs, loginBytes.get(0), loginBytes.get(1), loginBytes.get(2));

            slow.submitLogin(officer);
            double rowsMs = ((Number) slow.wait.until(d -> slow.js("return window.__jdFirstRows"))).doubleValue();
            slow.idle();
            List<?> taskBytes = (List<?>) slow.js(TRANSFERRED);
            out.print(
                    "  cold: login post -> task list rows %.0f ms, %s bytes (%s entries, %s fetched)",
                    rowsMs, taskBytes.get(0), taskBytes.get(1), taskBytes.get(2));
            double coldMs = loginMs + rowsMs;
            long coldBytes = (long) (num(loginBytes.get(0)) + num(taskBytes.get(0)));
            out.print("  cold total (without the user's typing): %.0f ms, %d bytes", coldMs, coldBytes);

            List<Double> warmMs = new ArrayList<>();
            List<Double> warmBytes = new ArrayList<>();
            for (int i = 0; i < WARM_SLOW_RUNS; i++) {
                slow.open("tasks");
                warmMs.add(((Number) slow.wait.until(d -> slow.js("return window.__jdFirstRows"))).doubleValue());
                slow.idle();
                warmBytes.add(num(((List<?>) slow.js(TRANSFERRED)).get(0)));
            }
            List<Double> sortedMs = warmMs.stream().sorted().toList();
            List<Double> sortedBytes = warmBytes.stream().sorted().toList();
            out.print(
                    "  warm: task list reopened -> rows median %.0f ms (min %.0f, max %.0f), median %.0f bytes "
                            + "(n=%d)",
                    median(sortedMs),
                    sortedMs.get(0),
                    sortedMs.get(sortedMs.size() - 1),
                    median(sortedBytes),
                    WARM_SLOW_RUNS);
            figures.setProperty("coldLoginMs", fmt(loginMs));
            figures.setProperty("coldLoginBytes", fmt(num(loginBytes.get(0))));
            figures.setProperty("coldTaskListMs", fmt(rowsMs));
            figures.setProperty("coldTaskListBytes", fmt(num(taskBytes.get(0))));
            figures.setProperty("coldTotalMs", fmt(coldMs));
            figures.setProperty("coldTotalBytes", fmt(coldBytes));
            figures.setProperty("warmMs", fmt(median(sortedMs)));
            figures.setProperty("warmBytes", fmt(median(sortedBytes)));
        } finally {
            driver.quit();
        }
        return figures;
    }

    /** String.format and print. */
    interface Printer {
        void print(String format, Object... args);
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private List<Double> openTimes(String officer) {
        page.login(officer);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            page.open("tasks");
            Number firstRows = (Number) page.wait.until(d -> page.js("return window.__jdFirstRows"));
            assertThat(firstRows.doubleValue()).as("the grid shows rows").isPositive();
            if (i >= WARM_UP) {
                times.add(firstRows.doubleValue());
            }
        }
        return times;
    }

    /** Two batches of sessions, so that a one-off growth (a cache filling) shows as a difference between them. */
    private void heapPerSession() {
        Manager sessions = sessionManager();
        page.login("township1");
        long start = usedHeapAfterGc();
        int activeStart = sessions.getActiveSessions();
        long previous = start;
        List<Double> logins = new ArrayList<>();
        long cpuNanos = 0;
        for (int batch = 1; batch <= 2; batch++) {
            for (int i = 0; i < SESSIONS / 2; i++) {
                long cpu = processCpuNanos();
                page.login(i % 2 == 0 ? "township1" : "county1");
                // the task list document's navigation started with the login post (the redirect included)
                logins.add(((Number) page.wait.until(d -> page.js("return window.__jdFirstRows"))).doubleValue());
                cpuNanos += processCpuNanos() - cpu;
            }
            long used = usedHeapAfterGc();
            print(
                    "heap batch %d: %d sessions more, used after GC %d KB -> %d KB: %d KB per session",
                    batch, SESSIONS / 2, previous / 1024, used / 1024, (used - previous) / 1024 / (SESSIONS / 2));
            previous = used;
        }
        List<Double> sortedLogins = logins.stream().sorted().toList();
        print(
                "login post -> task list rows: median %.0f ms, min %.0f, max %.0f (n=%d, township1/county1 alternating)",
                median(sortedLogins),
                sortedLogins.get(0),
                sortedLogins.get(sortedLogins.size() - 1),
                sortedLogins.size());
        print(
                "server CPU per login (login page, login post, task list with rows; this JVM's CPU time, JIT and GC"
                        + " threads included): %d ms (n=%d)",
                cpuNanos / 1_000_000 / logins.size(), logins.size());
        int activeEnd = sessions.getActiveSessions();
        assertThat(activeEnd - activeStart).as("one new HTTP session per login").isGreaterThanOrEqualTo(SESSIONS);
        print(
                "heap: %d sessions (township1/county1 alternating, each logged in with its task list open; active "
                        + "HTTP sessions %d -> %d), used heap after GC %d KB -> %d KB: %d KB per session",
                SESSIONS, activeStart, activeEnd, start / 1024, previous / 1024, (previous - start) / 1024 / SESSIONS);
        print("Vaadin UIs held per HTTP session: %s", uisPerSession(sessions));
    }

    /** How many UIs each session keeps (a page load is one UI; closed ones go after missed heartbeats). */
    private static Map<Integer, Long> uisPerSession(Manager sessions) {
        Map<Integer, Long> histogram = new TreeMap<>();
        for (Session s : sessions.findSessions()) {
            var http = s.getSession();
            for (String name : Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        histogram.merge(vaadin.getUIs().size(), 1L, Long::sum);
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
        return histogram;
    }

    private Manager sessionManager() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** CPU time of this JVM (the app under test; Chromium is another process): less noisy than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Every ordinary or marginal demo household of four villages applies (12317 hotline, taken by county1) and is
     * verified and appraised; after the notice, 龙州镇 approves every second one and 南桥镇 all of its.
     */
    private void seedOpenIdentifications() {
        int seeded = 0;
        for (String village : concat(T1_VILLAGES, T2_VILLAGE)) {
            TestLogins.login("county1");
            List<HouseholdSummary> candidates =
                    households.search(RegionCode.of(village), null, PageRequest.of(0, 100)).getContent().stream()
                            .filter(h -> h.category() == null || h.category() == Category.MARGINAL)
                            .filter(h -> identification.openCaseOf(h.id()).isEmpty())
                            .toList();
            int n = 0;
            for (HouseholdSummary h : candidates) {
                TestLogins.login("county1");
                long caseId = identificationIntake
                        .apply(new IdentificationApplication(
                                Channel.HOTLINE_12317,
                                Category.NEWLY_POOR,
                                h.id(),
                                null,
                                Set.of(PovertyFactor.ILLNESS),
                                null))
                        .id();
                TestLogins.login(villageOfficer(village));
                identificationSteps.completeHomeVerification(
                        task(caseId, IdentificationVariables.TASK_HOME_VERIFICATION),
                        caseId,
                        new HomeVerification(
                                Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true, null, null));
                identificationSteps.completeAppraisal(
                        task(caseId, IdentificationVariables.TASK_DEMOCRATIC_APPRAISAL),
                        caseId,
                        true,
                        "村民代表会议同意",
                        null);
                String instance = identification.find(caseId).processInstanceId();
                management.executeJob(management
                        .createJobQuery()
                        .timers()
                        .processDefinitionKey(IdentificationVariables.PROCESS_KEY)
                        .processInstanceId(instance)
                        .activityId(IdentificationVariables.NOTICE_TIMER)
                        .singleResult()
                        .getId());
                boolean toCounty = village.equals(T2_VILLAGE) || n++ % 2 == 1;
                if (toCounty) {
                    TestLogins.login(village.equals(T2_VILLAGE) ? "township2" : "township1");
                    identificationSteps.completeTownshipReview(
                            task(caseId, IdentificationVariables.TASK_TOWNSHIP_REVIEW),
                            caseId,
                            TownshipDecision.APPROVE,
                            "情况属实，同意");
                }
                seeded++;
            }
        }
        TestLogins.logout();
        print("seeded %d identifications on the demo data", seeded);
    }

    private static Officer villageOfficer(String village) {
        return village.equals("130125100201")
                ? TestLogins.officer("village1")
                : village.equals(T2_VILLAGE)
                        ? TestLogins.officer("village2")
                        : TestLogins.officer("village-" + village, Role.VILLAGE_OFFICER, village);
    }

    private String task(long caseId, String key) {
        return taskList.page(TaskFilter.MINE.withScope(TaskFilter.Scope.MINE), 0, 1000).stream()
                .map(TaskRow::task)
                .filter(t -> IdentificationVariables.PROCESS_KEY.equals(t.processDefinitionKey())
                        && Long.valueOf(caseId).equals(t.caseId())
                        && key.equals(t.taskDefinitionKey()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long count(String officer) {
        TestLogins.login(officer);
        long n = taskList.count(TaskFilter.MINE);
        TestLogins.logout();
        return n;
    }

    static double median(List<Double> sorted) {
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + line);
        report.append(line).append('\n');
    }
}
