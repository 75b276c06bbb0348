package cn.jiandang.it;

import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.identification.CaseStatus;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.ObjectionAction;
import cn.jiandang.identification.ScaleStatus;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The identification on PostgreSQL: every level, an objection, the R2 decision, a new household, the REST intake. */
@PostgresAppTest
class IdentificationPostgresIT {

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aMonitoredHouseholdPassesAnObjectionTheScaleCheckAndIsRegistered() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.EXITED);
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.MONITORED, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        verifyAndAppraise(caseId, Category.MONITORED);
        identificationSteps.raiseObjection(caseId, "务工收入未如实申报");
        TestLogins.login("township1");
        identificationSteps.completeObjection(
                taskOf(caseId, "handleObjection").task().id(), false, null, "经核查不属实");
        timer(caseId, IdentificationVariables.NOTICE_TIMER);
        identificationSteps.completeTownshipReview(
                taskOf(caseId, "townshipReview").task().id(), caseId, TownshipDecision.APPROVE, "情况属实，同意");

        TestLogins.login("county1");
        IdentificationCaseView atCounty = identification.find(caseId);
        assertThat(atCounty.scaleStatus()).isEqualTo(ScaleStatus.OVER);
        assertThat(atCounty.limitPercent()).isEqualTo(5);
        identificationSteps.completeCountyApproval(
                taskOf(caseId, "countyApproval").task().id(), caseId, true, "疫情影响，经研究同意", "同意");
        HouseholdDetails after = households.details(householdId);
        assertThat(after.category()).isEqualTo(Category.MONITORED);
        assertThat(identification.find(caseId).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(identification.find(caseId).overrideReason()).isEqualTo("疫情影响，经研究同意");
    }

    @Test
    void anUpheldObjectionRejectsAndANewHouseholdIsRegisteredOnlyOnApproval() {
        TestLogins.login("village1");
        String head = TestHouseholds.newIdNumber();
        long caseId = identificationIntake
                .apply(new IdentificationApplication(
                        Channel.APP,
                        Category.NEWLY_POOR,
                        null,
                        new IdentificationApplication.Applicant(
                                "130125100201",
                                "13612345678",
                                List.of(new IdentificationApplication.ApplicantMember("钱新户", head, Relation.HEAD))),
                        Set.of(PovertyFactor.ILLNESS),
                        null))
                .id();
        verifyAndAppraise(caseId, Category.NEWLY_POOR);
        identificationSteps.raiseObjection(caseId, "该户已在外地落户");
        TestLogins.login("township1");
        identificationSteps.completeObjection(
                taskOf(caseId, "handleObjection").task().id(), true, ObjectionAction.REJECT, "经核查属实");
        IdentificationCaseView rejected = identification.find(caseId);
        assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(rejected.householdId()).isNull();
        assertThat(rejected.decisionComment()).contains("公示异议成立");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void theRestIntakeAnswers201AndThen409() {
        long householdId = TestHouseholds.register(households, "130125100202", Category.EXITED);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"channel\": \"HOTLINE_12317\", \"kind\": \"RETURNED\", \"householdId\": " + householdId
                + ", \"causes\": [], \"returnCause\": \"ILLNESS\"}";
        ResponseEntity<Map> created = http.withBasicAuth("county1", "demo")
                .postForEntity("/api/v1/applications", new HttpEntity<>(body, headers), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsKeys("id", "processInstanceId");
        ResponseEntity<Map> again = http.withBasicAuth("county1", "demo")
                .postForEntity("/api/v1/applications", new HttpEntity<>(body, headers), Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private void verifyAndAppraise(long caseId, Category kind) {
        identificationSteps.completeHomeVerification(
                taskOf(caseId, "homeVerification").task().id(),
                caseId,
                new HomeVerification(kind, identification.find(caseId).factors(), null, true, null, null));
        identificationSteps.completeAppraisal(
                taskOf(caseId, "democraticAppraisal").task().id(), caseId, true, "同意", null);
    }

    private void timer(long caseId, String activityId) {
        List<String> definitions = management.createJobDefinitionQuery().activityIdIn(activityId).list().stream()
                .map(d -> d.getId())
                .toList();
        String instance = identification.find(caseId).processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().list().stream()
                .filter(j -> definitions.contains(j.getJobDefinitionId()))
                .findFirst()
                .orElseThrow()
                .getId());
    }

    private TaskRow taskOf(long caseId, String key) {
        return taskList.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() != null
                        && r.task().caseId() == caseId)
                .filter(r -> r.task().taskDefinitionKey().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
