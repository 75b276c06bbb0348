package cn.jiandang.it;

import cn.jiandang.base.ui.AccessDeniedView;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.ui.HouseholdView;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix: every role tries to read and change a household, a task and an identification case of
 * village1's region (东关村) through the service, the REST API, the view route and /engine-rest. Officers of other
 * regions are refused everywhere; the national roles (supervisor, centre) may read the archive as their role allows
 * but change nothing, and only the centre reaches the engine. Every refusal is audited. The counts are printed.
 */
@PostgresAppTest
class AuthorisationMatrixIT {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");
    static final Set<String> NATIONAL = Set.of("supervisor", "centre");

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    WorkTasks workTasks;

    long householdId;
    long caseId;
    String taskId;
    String processInstanceId;
    final List<Try> tries = new ArrayList<>();

    @BeforeEach
    void village1StartsAnIdentification() {
        useTheAppsEngineForEngineRest();
        TestLogins.login("village1");
        householdId = households.register(TestPeople.household(VILLAGE1, "孙八"));
        caseId = identificationIntake.start(
                householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        TaskRef task = taskList.page(0, 1000).stream()
                .map(r -> r.task())
                .filter(t ->
                        "identification".equals(t.processDefinitionKey()) && t.caseId() != null && t.caseId() == caseId)
                .findFirst()
                .orElseThrow();
        taskId = task.id();
        processInstanceId = task.processInstanceId();
        // the matrix is not vacuous: the owner itself gets through every channel
        assertThat(households.details(householdId).id()).isEqualTo(householdId);
        assertThat(http.withBasicAuth("village1", "demo")
                        .getForEntity("/api/v1/households/" + householdId, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(http.withBasicAuth("village1", "demo")
                        .getForEntity("/api/v1/tasks/" + taskId, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        TestLogins.logout();
    }

    /**
     * Test classpath only: the engine REST looks its engine up in {@code ProcessEngines}, whose first lookup reads
     * any {@code camunda.cfg.xml} (the engine-only tests' in-memory engine) and registers it as "default" over the
     * app's engine. Initialise the registry first, then register the app's engine again. Production has no such file.
     */
    private void useTheAppsEngineForEngineRest() {
        ProcessEngines.init();
        ProcessEngines.registerProcessEngine(engine);
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Autowired
    ProcessEngine engine;

    @Test
    void everyRoleOfAnotherRegionIsRefusedEverywhereAndEveryRefusalIsAudited() {
        List<Officer> officers = List.of(
                TestLogins.officer("village2"),
                TestLogins.officer("township2"),
                TestLogins.officer("county2"),
                TestLogins.officer("province2", Role.PROVINCE_OFFICER, "140000000000"),
                TestLogins.officer("supervisor"),
                TestLogins.officer("centre"));
        for (Officer officer : officers) {
            service(officer);
            view(officer);
        }
        for (String user : List.of("village2", "township2", "county2", "supervisor", "centre")) {
            rest(user);
            engineRest(user);
        }

        long refused = tries.stream().filter(t -> t.refused).count();
        long allowed = tries.size() - refused;
        long audited = tries.stream().filter(t -> t.refused && t.audited).count();
        Map<String, String> perChannel = tries.stream()
                .collect(Collectors.groupingBy(
                        t -> t.channel,
                        LinkedHashMap::new,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                l -> l.size() + " tries/"
                                        + l.stream().filter(t -> t.refused).count() + " refused/"
                                        + l.stream()
                                                .filter(t -> t.refused && t.audited)
                                                .count() + " audited")));
        System.out.println("authorisation matrix: " + tries.size() + " tries, " + refused + " refused, " + audited
                + " audited, " + allowed
                + " allowed by role (national read-only roles; the centre registers, passes on app"
                + " reports and administers the engine)");
        System.out.println("authorisation matrix per channel: " + perChannel);
        tries.forEach(t -> System.out.println("  " + t));

        assertThat(tries).allSatisfy(t -> assertThat(t.refused).as(t.toString()).isEqualTo(t.expectRefused));
        assertThat(tries)
                .filteredOn(t -> t.refused)
                .allSatisfy(t -> assertThat(t.audited).as(t.toString()).isTrue());
        assertThat(tries)
                .filteredOn(t -> !NATIONAL.contains(t.user))
                .allSatisfy(t -> assertThat(t.refused).isTrue());
        // nothing changed: the case still waits for village1's home verification
        TestLogins.login("village1");
        assertThat(workTasks.open(taskId).id()).isEqualTo(taskId);
        assertThat(identification.find(caseId).factors()).containsExactly(PovertyFactor.EPIDEMIC);
    }

    private void service(Officer officer) {
        boolean national = NATIONAL.contains(officer.username());
        serviceTry(officer, "household", "read", !national, () -> households.details(householdId));
        serviceTry(
                officer,
                "household",
                "change",
                true,
                () -> identificationIntake.start(
                        householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE));
        // the centre keeps the national archive (registration, R7 corrections): its role allows registering
        serviceTry(
                officer,
                "household",
                "change(register)",
                !"centre".equals(officer.username()),
                () -> households.register(TestPeople.household(VILLAGE1, "周九")));
        serviceTry(officer, "task", "read", true, () -> workTasks.open(taskId));
        serviceTry(officer, "task", "change", true, () -> {
            workTasks.complete(taskId, Map.of(), null);
            return null;
        });
        serviceTry(officer, "case", "read", !national, () -> identification.find(caseId));
        serviceTry(officer, "case", "change", true, () -> {
            identificationSteps.completeHomeVerification(
                    taskId,
                    caseId,
                    new HomeVerification(Category.MARGINAL, Set.of(PovertyFactor.ILLNESS), null, true, null, ""));
            return null;
        });
    }

    private void serviceTry(Officer officer, String object, String action, boolean expectRefused, Callable<?> call) {
        TestLogins.login(officer);
        long before = maxAuditId();
        boolean refused;
        try {
            call.call();
            refused = false;
        } catch (Exception e) {
            refused = e instanceof BusinessException b && b.kind() == BusinessException.Kind.FORBIDDEN;
            assertThat(refused)
                    .as(officer.username() + " " + object + " " + action + ": " + e)
                    .isTrue();
        } finally {
            TestLogins.logout();
        }
        record(new Try(
                "service",
                officer.username(),
                object,
                action,
                expectRefused,
                refused,
                audited(officer.username(), before)));
    }

    private void view(Officer officer) {
        boolean national = NATIONAL.contains(officer.username());
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(
                uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("cn.jiandang"), ctx, uiFactory));
        try {
            loginVaadin(officer);
            long before = maxAuditId();
            UI.getCurrent().navigate("household/" + householdId);
            boolean refused = !_find(AccessDeniedView.class).isEmpty();
            if (!refused) {
                assertThat(_find(HouseholdView.class)).isNotEmpty();
            }
            record(new Try(
                    "view",
                    officer.username(),
                    "household",
                    "read",
                    !national,
                    refused,
                    audited(officer.username(), before)));
            before = maxAuditId();
            UI.getCurrent().navigate("task/" + taskId);
            record(new Try(
                    "view",
                    officer.username(),
                    "task+case",
                    "read/change",
                    true,
                    !_find(AccessDeniedView.class).isEmpty(),
                    audited(officer.username(), before)));
        } finally {
            TestLogins.logout();
            MockVaadin.tearDown();
        }
    }

    private void loginVaadin(Officer officer) {
        Authentication auth = TestLogins.login(officer);
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    private void rest(String user) {
        boolean national = NATIONAL.contains(user);
        httpTry(
                "rest",
                user,
                "household",
                "read",
                !national,
                HttpMethod.GET,
                "/api/v1/households/" + householdId,
                null);
        // the village channel: only the village's own officer may apply there (the intake channels APP, 12317 and
        // the online hall also accept province and centre operators, by design of the identification procedure)
        httpTry(
                "rest",
                user,
                "household",
                "change",
                true,
                HttpMethod.POST,
                "/api/v1/applications",
                Map.of(
                        "householdId",
                        householdId,
                        "kind",
                        "MARGINAL",
                        "causes",
                        List.of("EPIDEMIC"),
                        "channel",
                        "VILLAGE"));
        // the app gateway's intake (R14): only the centre may pass on a problem the household reported
        httpTry(
                "rest",
                user,
                "household",
                "change(app report)",
                !"centre".equals(user),
                HttpMethod.POST,
                "/api/v1/app-reports",
                Map.of("householdId", householdId, "description", "账实不符：授权矩阵测试"));
        httpTry("rest", user, "task", "read", true, HttpMethod.GET, "/api/v1/tasks/" + taskId, null);
        // no REST endpoint completes tasks: tasks change through the views (view channel) and the engine (engine-rest)
        httpTry("rest", user, "case", "read", !national, HttpMethod.GET, "/api/v1/applications/" + caseId, null);
    }

    private void engineRest(String user) {
        boolean centre = "centre".equals(user);
        httpTry("engine-rest", user, "task", "read", !centre, HttpMethod.GET, "/engine-rest/task/" + taskId, null);
        httpTry(
                "engine-rest",
                user,
                "case",
                "read",
                !centre,
                HttpMethod.GET,
                "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId,
                null);
        if (!centre) { // the centre administers the engine: it may complete tasks there, so it does not try here
            httpTry(
                    "engine-rest",
                    user,
                    "task",
                    "change",
                    true,
                    HttpMethod.POST,
                    "/engine-rest/task/" + taskId + "/complete",
                    Map.of());
        }
    }

    private void httpTry(
            String channel,
            String user,
            String object,
            String action,
            boolean expectRefused,
            HttpMethod method,
            String path,
            Object body) {
        long before = maxAuditId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response =
                http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
        int status = response.getStatusCode().value();
        if (status == 200 && path.startsWith("/engine-rest")) {
            assertThat(response.getBody())
                    .as("the centre sees the app's own engine")
                    .containsAnyOf(taskId, processInstanceId);
        }
        assertThat(status)
                .as(channel + " " + user + " " + method + " " + path + ": " + response.getBody())
                .isIn(200, 201, 204, 403, 404);
        // another region's record answers like one that does not exist (404); a role refusal is 403
        record(new Try(
                channel, user, object, action, expectRefused, status == 403 || status == 404, audited(user, before)));
    }

    private void record(Try t) {
        tries.add(t);
    }

    private boolean audited(String user, long before) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_entry where id > ? and actor = ?" + " and action = 'ACCESS_REFUSED'",
                Integer.class,
                before,
                user);
        return n != null && n > 0;
    }

    private long maxAuditId() {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        return max == null ? 0 : max;
    }

    record Try(
            String channel,
            String user,
            String object,
            String action,
            boolean expectRefused,
            boolean refused,
            boolean audited) {
        @Override
        public String toString() {
            return String.format(
                    "%-11s %-10s %-9s %-18s %s%s",
                    channel,
                    user,
                    object,
                    action,
                    refused ? "refused" : "allowed",
                    refused ? (audited ? ", audited" : ", NOT AUDITED") : "");
        }
    }
}
