package cn.jiandang.it;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationService;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test CI runs (the name does not end in IT, so failsafe skips it unless asked):
 * <pre>
 * JIANDANG_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/NAME ./mvnw -B -o verify -Dtest=NONE \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TaskListFootprintBenchmark
 * </pre>
 * On the demo data it first brings the open identifications of 龙州镇 and 南桥镇 to township review and county
 * approval, so that township1's and county1's task lists have rows. Then (a) it loads the task list page N times
 * per officer after a warm-up and takes the time from navigation start to the first grid row showing text,
 * measured in the page (performance.now()); (b) it opens N sessions (log in, task list open), forces GC and
 * divides the growth of the used heap by N. Prints the figures; asserts only that rows show and sessions exist.
 * Writes target/benchmark/task-list-footprint.txt.
 */
@PostgresAppTest
class TaskListFootprintBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int SESSIONS = 20;
    private static final List<String> T1_VILLAGES = List.of("130125100201", "130125100202", "130125100203");
    private static final String T2_VILLAGE = "130125101201";

    /** Installed in every new document: the ms from navigation start until a body row of the task grid has text. */
    private static final String FIRST_ROWS = "window.__jdFirstRows = null;"
            + "const __jdPoll = setInterval(() => {"
            + "  const g = document.getElementById('tasks');"
            + "  if (!g || !g.shadowRoot) return;"
            + "  for (const s of g.shadowRoot.querySelectorAll('#items tr:not([hidden]) td slot')) {"
            + "    const n = s.assignedElements({flatten: true});"
            + "    if (n.length && n[0].textContent.trim()) {"
            + "      window.__jdFirstRows = performance.now(); clearInterval(__jdPoll); return; } }"
            + "}, 5);";

    @LocalServerPort
    int port;
    @Autowired
    HouseholdService households;
    @Autowired
    IdentificationService identification;
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
        print("tasks: township1 %d, county1 %d (MINE)", count("township1"), count("county1"));
        print("load average: %.2f, processors: %d", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        for (String officer : List.of("township1", "county1")) {
            List<Double> ms = openTimes(officer);
            List<Double> sorted = ms.stream().sorted().toList();
            print("task list open %s: median %.0f ms, min %.0f, max %.0f (n=%d after %d warm-up loads)", officer,
                    median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), WARM_UP);
        }
        page.login("township1");
        page.shot("bench-township1-task-list");

        heapPerSession();
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("task-list-footprint.txt");
        Files.writeString(out, report);
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
        for (int batch = 1; batch <= 2; batch++) {
            for (int i = 0; i < SESSIONS / 2; i++) {
                page.login(i % 2 == 0 ? "township1" : "county1");
                page.wait.until(d -> page.js("return window.__jdFirstRows"));
            }
            long used = usedHeapAfterGc();
            print("heap batch %d: %d sessions more, used after GC %d KB -> %d KB: %d KB per session", batch,
                    SESSIONS / 2, previous / 1024, used / 1024, (used - previous) / 1024 / (SESSIONS / 2));
            previous = used;
        }
        int activeEnd = sessions.getActiveSessions();
        assertThat(activeEnd - activeStart).as("one new HTTP session per login").isGreaterThanOrEqualTo(SESSIONS);
        print("heap: %d sessions (township1/county1 alternating, each logged in with its task list open; active "
                        + "HTTP sessions %d -> %d), used heap after GC %d KB -> %d KB: %d KB per session", SESSIONS,
                activeStart, activeEnd, start / 1024, previous / 1024, (previous - start) / 1024 / SESSIONS);
        print("Vaadin UIs held per HTTP session: %s", uisPerSession(sessions));
    }

    /** How many UIs each session keeps (a page load is one UI; closed ones go after missed heartbeats). */
    private static Map<Integer, Long> uisPerSession(Manager sessions) {
        Map<Integer, Long> histogram = new java.util.TreeMap<>();
        for (org.apache.catalina.Session s : sessions.findSessions()) {
            var http = s.getSession();
            for (String name : java.util.Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof com.vaadin.flow.server.VaadinSession vaadin) {
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
            List<HouseholdSummary> candidates = households.search(RegionCode.of(village), null, PageRequest.of(0, 100))
                    .getContent().stream()
                    .filter(h -> h.category() == null || h.category() == Category.MARGINAL)
                    .filter(h -> identification.openCaseOf(h.id()).isEmpty()).toList();
            int n = 0;
            for (HouseholdSummary h : candidates) {
                TestLogins.login("county1");
                long caseId = identification.apply(new IdentificationApplication(Channel.HOTLINE_12317,
                        Category.NEWLY_POOR, h.id(), null, Set.of(PovertyFactor.ILLNESS), null)).id();
                TestLogins.login(villageOfficer(village));
                identification.completeHomeVerification(task(caseId, IdentificationVariables.TASK_HOME_VERIFICATION),
                        caseId, new HomeVerification(Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true,
                                null, null));
                identification.completeAppraisal(task(caseId, IdentificationVariables.TASK_DEMOCRATIC_APPRAISAL),
                        caseId, true, "村民代表会议同意", null);
                String instance = identification.find(caseId).processInstanceId();
                management.executeJob(management.createJobQuery().timers()
                        .processDefinitionKey(IdentificationVariables.PROCESS_KEY).processInstanceId(instance)
                        .activityId(IdentificationVariables.NOTICE_TIMER).singleResult().getId());
                boolean toCounty = village.equals(T2_VILLAGE) || n++ % 2 == 1;
                if (toCounty) {
                    TestLogins.login(village.equals(T2_VILLAGE) ? "township2" : "township1");
                    identification.completeTownshipReview(task(caseId, IdentificationVariables.TASK_TOWNSHIP_REVIEW),
                            caseId, TownshipDecision.APPROVE, null);
                }
                seeded++;
            }
        }
        TestLogins.logout();
        print("seeded %d identifications on the demo data", seeded);
    }

    private static Officer villageOfficer(String village) {
        return village.equals("130125100201") ? TestLogins.officer("village1")
                : village.equals(T2_VILLAGE) ? TestLogins.officer("village2")
                : TestLogins.officer("village-" + village, Role.VILLAGE_OFFICER, village);
    }

    private String task(long caseId, String key) {
        return taskList.page(TaskFilter.MINE.withScope(TaskFilter.Scope.MINE), 0, 1000).stream()
                .map(TaskRow::task)
                .filter(t -> IdentificationVariables.PROCESS_KEY.equals(t.processDefinitionKey())
                        && Long.valueOf(caseId).equals(t.caseId()) && key.equals(t.taskDefinitionKey()))
                .findFirst().orElseThrow().id();
    }

    private long count(String officer) {
        TestLogins.login(officer);
        long n = taskList.count(TaskFilter.MINE);
        TestLogins.logout();
        return n;
    }

    private static double median(List<Double> sorted) {
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
