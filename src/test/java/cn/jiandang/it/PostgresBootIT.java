package cn.jiandang.it;

import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.CaseStatus;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The app boots on PostgreSQL: migrations, engine schema, demo province, the slice and the API. */
@PostgresAppTest
class PostgresBootIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    HouseholdService households;

    @Autowired
    AttachmentService attachments;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void bootsOnPostgresWithMigrationsEngineAndDemoProvince() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_re_procdef where key_ = 'identification'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class))
                .isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForObject("select count(distinct category) from household", Integer.class))
                .isEqualTo(6);
    }

    @Test
    void theIdentificationRunsThroughItsServicesOnPostgres() {
        TestLogins.login("village1");
        HouseholdSummary household =
                households.search(RegionCode.of("130125100201"), null, PageRequest.of(0, 100)).stream()
                        .filter(h -> h.category() == null)
                        .findFirst()
                        .orElseThrow();
        long caseId = identificationIntake.start(
                household.id(), Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        identificationSteps.completeHomeVerification(
                taskOf(caseId).task().id(),
                caseId,
                new HomeVerification(Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), null, true, null, ""));
        identificationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, false, "评议记录", "收入高于监测标准");
        assertThat(identification.find(caseId).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(identification.find(caseId).decisionComment()).isEqualTo("收入高于监测标准");
        assertThat(households.details(household.id()).category()).isNull();
    }

    @Test
    void attachmentsRoundTripAsByteaOnPostgres() {
        TestLogins.login("village1");
        byte[] pdf = "%PDF-1.4 公示照片".getBytes(StandardCharsets.UTF_8);
        var ref = attachments.store(RegionCode.of("130125100201"), "case", "pg-it", "MINUTES", "记录.pdf", pdf);
        assertThat(attachments.content(ref.id())).isEqualTo(pdf);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void theApiAnswersDemoUsersWithBasicAuthAndRefusesAnonymousCallers() {
        ResponseEntity<Map> me = http.withBasicAuth("county1", "demo").getForEntity("/api/v1/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("regionCode", "130125000000");
        assertThat(http.getForEntity("/api/v1/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("county1", "demo")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("centre", "demo")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("centre", "wrong")
                        .getForEntity("/api/v1/me", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private TaskRow taskOf(long caseId) {
        return taskList.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() == caseId)
                .findFirst()
                .orElseThrow();
    }
}
