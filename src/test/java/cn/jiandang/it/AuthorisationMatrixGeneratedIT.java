package cn.jiandang.it;

import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.quality.QualityService;
import cn.jiandang.rectification.AppReports;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S1, the authorisation matrix, generated: every demo login × the records of four villages (own, sibling, other
 * township, other county: so own, sibling and parent regions for every level) × every REST operation of the OpenAPI
 * document, the engine REST API, Cockpit and every Vaadin route of the route registry (Karibu). A new endpoint or view
 * is tried without editing this test. Leaks: a 2xx or a shown view for a record outside the caller's region, a region
 * code outside it in an answer, a full ID or mobile number anywhere (the audited reveal excepted) and in the log; no
 * answer is a 5xx; every refusal has its audit entry. Prints one summary line.
 */
@PostgresAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AuthorisationMatrixGeneratedIT {

    private static final Pattern CODE = Pattern.compile("\"(\\d{12})\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    final List<MatrixTargets> targets = new ArrayList<>();
    final List<MatrixTry> tries = new ArrayList<>();
    HttpTries http;

    @BeforeAll
    void fixtures(
            @Autowired HouseholdService households,
            @Autowired IdentificationIntake identification,
            @Autowired TaskService tasks,
            @Autowired AttachmentService attachments,
            @Autowired AppReports rectification,
            @Autowired QualityService quality,
            @Autowired ImportJobs imports,
            @Autowired DibaoExchange dibao) {
        ProcessEngines.init();
        ProcessEngines.registerProcessEngine(engine);
        http = new HttpTries(port);
        for (String village : MatrixTargets.VILLAGES) {
            targets.add(MatrixTargets.create(
                    village, households, identification, tasks, attachments, rectification, quality, imports, dibao));
        }
    }

    @Test
    void noRoleReachesAnythingOutsideItsRegionAndEveryRefusalIsAudited(CapturedOutput log) throws Exception {
        long start = System.nanoTime();
        List<ApiOperations.Operation> operations =
                ApiOperations.of(http.basic(null, "GET", "/v3/api-docs", null).body());
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThanOrEqualTo(10);
        List<Officer> officers = TestLogins.demoOfficers();
        for (Officer officer : officers) {
            for (MatrixTargets target : targets) {
                for (ApiOperations.Operation op : operations) {
                    rest(officer, target, op);
                }
                engineAndCockpit(officer, target);
            }
        }
        long http = System.nanoTime();
        new MatrixViews(ctx, jdbc, tries).everyRoute(officers, targets);
        long views = System.nanoTime();

        long refused = tries.stream().filter(MatrixTry::refused).count();
        long audited = tries.stream().filter(t -> t.refused() && t.audited()).count();
        List<MatrixTry> leaks = tries.stream().filter(t -> t.leak() != null).toList();
        List<MatrixTry> errors = tries.stream().filter(t -> t.status() >= 500).toList();
        assertThat(Masking.containsPersonalNumber(log.getAll()))
                .as("the log of this run")
                .isFalse();
        System.out.printf(
                "S1 authorisation matrix: %d tries (%s), %d refused, %d audited, %d leaks, %d server errors,"
                        + " %.0f s (HTTP %.0f s, views %.0f s)%n",
                tries.size(),
                MatrixTry.perChannel(tries),
                refused,
                audited,
                leaks.size(),
                errors.size(),
                (System.nanoTime() - start) / 1e9,
                (http - start) / 1e9,
                (views - http) / 1e9);
        assertThat(tries).hasSizeGreaterThanOrEqualTo(500);
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(errors).as("5xx answers").isEmpty();
        assertThat(tries)
                .filteredOn(MatrixTry::refused)
                .allSatisfy(t -> assertThat(t.audited()).as(t.toString()).isTrue());
    }

    private void rest(Officer officer, MatrixTargets target, ApiOperations.Operation op) {
        String uri = ApiOperations.uri(op, p -> target.parameter(op.path(), p.name()));
        String body = op.body() == null
                ? null
                : ApiOperations.body(op, Map.of("householdId", target.householdId(), "description", "S1 授权矩阵"))
                        .toString();
        HttpTries.Answer a = http.basic(officer.username(), op.method(), uri, body);
        // an operation that names no record (who am I) has no region to leave
        boolean bound = op.parameters().stream().anyMatch(p -> target.parameter(op.path(), p.name()) != null)
                || (body != null && body.contains("householdId"));
        boolean inside = !bound || officer.region().contains(target.village());
        boolean mayReveal =
                op.revealsNumbers() && inside && !officer.has(Role.CENTRE_ADMIN) && !officer.has(Role.SUPERVISOR);
        String leak = null;
        if (!inside && a.status() < 300) {
            leak = "answered " + a.status() + " for a record outside the region";
        } else if (!mayReveal && Masking.containsPersonalNumber(a.body())) {
            leak = "a full personal number in the answer";
        } else if (foreignCode(officer, a.body()) != null) {
            leak = "region " + foreignCode(officer, a.body()) + " in the answer";
        }
        boolean refused = a.status() == 401 || a.status() == 403 || (a.status() == 404 && !inside);
        tries.add(new MatrixTry(
                "rest",
                officer.username(),
                op + " @" + target.village().value(),
                a.status(),
                refused,
                refused && audited(a),
                leak));
    }

    private void engineAndCockpit(Officer officer, MatrixTargets target) {
        boolean centre = officer.has(Role.CENTRE_ADMIN);
        List<String> engine = List.of(
                "/engine-rest/task/" + target.taskId(),
                "/engine-rest/task?processInstanceId=" + target.processInstanceId(),
                "/engine-rest/process-instance/" + target.processInstanceId() + "/variables",
                "/engine-rest/history/task?processInstanceId=" + target.processInstanceId(),
                "/engine-rest/variable-instance?processInstanceIdIn=" + target.processInstanceId());
        for (String path : engine) {
            HttpTries.Answer a = http.basic(officer.username(), "GET", path, null);
            engineTry("engine-rest", officer, centre, path, a);
        }
        if (!centre) { // the centre administers the engine: a completion there would be allowed, and real
            HttpTries.Answer a =
                    http.basic(officer.username(), "POST", "/engine-rest/task/" + target.taskId() + "/complete", "{}");
            engineTry("engine-rest", officer, false, "POST complete", a);
        }
        if (target == targets.get(0)) { // the webapps and odd paths name no record: once per officer
            for (String path : List.of(
                    "/camunda/app/cockpit/default/",
                    "/camunda/app/admin/default/",
                    "/camunda/app/tasklist/default/",
                    "/camunda/api/engine/engine/")) {
                engineTry("camunda", officer, centre, path, http.session(officer.username(), "GET", path));
            }
            for (String path : List.of(
                    "/./engine-rest/engine",
                    "/engine-rest;a=b/task",
                    "/%65ngine-rest/task",
                    "/api/../engine-rest/task",
                    "/camunda;a=b/api/engine/engine/")) {
                HttpTries.Answer a = http.session(officer.username(), "GET", path);
                tries.add(new MatrixTry(
                        "odd path",
                        officer.username(),
                        path,
                        a.status(),
                        false,
                        false,
                        a.status() == 400 && a.body().contains("请求地址无效") ? null : "answered " + a.status()));
            }
        }
    }

    private void engineTry(String channel, Officer officer, boolean centre, String path, HttpTries.Answer a) {
        String leak = !centre && a.status() < 400 ? "answered " + a.status() : null;
        if (leak == null && Masking.containsPersonalNumber(a.body())) {
            leak = "a full personal number";
        }
        if (leak == null && !centre && !a.body().contains("无权")) {
            leak = "a refusal not in Chinese: "
                    + a.body().substring(0, Math.min(80, a.body().length()));
        }
        boolean refused = a.status() == 401 || a.status() == 403;
        tries.add(new MatrixTry(channel, officer.username(), path, a.status(), refused, refused && audited(a), leak));
    }

    private boolean audited(HttpTries.Answer a) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_entry where request_id = ? and action = 'ACCESS_REFUSED'",
                Integer.class,
                a.requestId());
        return n != null && n > 0;
    }

    /** A 12-digit region code in an answer that lies outside the caller's region, or null. */
    static String foreignCode(Officer officer, String body) {
        Matcher m = CODE.matcher(body == null ? "" : body);
        while (m.find()) {
            RegionCode code = RegionCode.of(m.group(1));
            // a region the officer's own lies in (its county, say) reveals nothing; a sibling's or a child's outside
            // does
            if (!officer.region().contains(code) && !code.contains(officer.region())) {
                return code.value();
            }
        }
        return null;
    }
}
