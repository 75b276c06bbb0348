package cn.jiandang.identification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskGoneException;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identification through the real services, engine and registry on H2: village → township → county → registry. */
@JiandangSpringTest
class IdentificationServicesTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");

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
    ManagementService management;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aNewlyPoorHouseholdPassesVillageTownshipAndCountyAndIsRegisteredWithHistory() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(0);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);

        TaskRow verification = taskOf(caseId);
        assertThat(verification.task().taskDefinitionKey()).isEqualTo("homeVerification");
        assertThat(verification.villageName()).isEqualTo("东关村");
        identificationSteps.completeHomeVerification(
                verification.task().id(),
                caseId,
                verified(Category.NEWLY_POOR, PovertyFactor.EPIDEMIC, PovertyFactor.ILLNESS));
        identificationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "村民代表23人到会，一致同意", null);

        IdentificationCaseView onNotice = identification.find(caseId);
        HouseholdDetails household = households.details(householdId);
        assertThat(onNotice.noticeText())
                .contains("东关村", household.headName(), "新致贫户", "因病", "因疫情")
                .doesNotContain(household.contactPhone())
                .doesNotContainPattern("\\d{17}[\\dX]");
        household.members().forEach(m -> assertThat(onNotice.noticeText()).doesNotContain(m.idNumber()));
        assertThat(identification.inNotice(caseId)).isTrue();
        executeTimer(onNotice, IdentificationVariables.NOTICE_TIMER);

        for (String outsider : List.of("village2", "township2")) {
            TestLogins.login(outsider);
            assertThat(taskList.page(0, 500))
                    .noneMatch(r -> "identification".equals(r.task().processDefinitionKey())
                            && caseId == r.task().caseId());
        }
        TestLogins.login("township1");
        TaskRow review = taskOf(caseId);
        assertThat(review.task().taskDefinitionKey()).isEqualTo("townshipReview");
        identificationSteps.completeTownshipReview(review.task().id(), caseId, TownshipDecision.APPROVE, "同意");

        TestLogins.login("county1");
        TaskRow approval = taskOf(caseId);
        assertThat(approval.task().taskDefinitionKey()).isEqualTo("countyApproval");
        assertThat(identification.find(caseId).scaleStatus())
                .as("R1: no scale for newly poor")
                .isNull();
        identificationSteps.completeCountyApproval(approval.task().id(), caseId, true, null, "同意识别");

        IdentificationCaseView done = identification.find(caseId);
        assertThat(done.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(done.announcementText()).contains("公告", "新致贫户");
        YearMonth month = YearMonth.now();
        assertThat(done.identificationMonth()).isEqualTo(month);
        assertThat(done.incomePeriodStart()).isEqualTo(month.minusYears(1).atDay(1));
        assertThat(done.incomePeriodEnd()).isEqualTo(month.minusMonths(1).atEndOfMonth());
        HouseholdDetails after = households.details(householdId);
        assertThat(after.category()).isEqualTo(Category.NEWLY_POOR);
        assertThat(after.identificationMonth()).isEqualTo(month);
        assertThat(after.version()).isGreaterThan(household.version());
        assertThat(after.factors().values().iterator().next()).contains(PovertyFactor.EPIDEMIC, PovertyFactor.ILLNESS);
        assertThat(after.categoryHistory()).last().satisfies(c -> {
            assertThat(c.to()).isEqualTo(Category.NEWLY_POOR);
            assertThat(c.changedBy()).isEqualTo("county1");
            assertThat(c.procedure()).isEqualTo("IDENTIFICATION");
        });
    }

    @Test
    void aMarginalHouseholdOverTheCountysScaleNeedsAnOverrideReasonThatIsKept() {
        TestLogins.login("village1");
        long caseId = toTownship(ordinaryHousehold(1), Category.MARGINAL, PovertyFactor.HIGH_EXPENSES);
        TestLogins.login("township1");
        identificationSteps.completeTownshipReview(taskOf(caseId).task().id(), caseId, TownshipDecision.APPROVE, "同意");

        TestLogins.login("county1");
        IdentificationCaseView atCounty = identification.find(caseId);
        assertThat(atCounty.registeredPoorPopulation()).isPositive();
        assertThat(atCounty.monitoredPopulation()).isPositive();
        assertThat(atCounty.deepPoverty()).isFalse();
        assertThat(atCounty.limitPercent()).isEqualTo(5);
        // the demo county has far more monitoring objects than 5% of its poor population
        assertThat(atCounty.scaleStatus()).isEqualTo(ScaleStatus.OVER);
        String taskId = taskOf(caseId).task().id();
        assertThatThrownBy(() -> identificationSteps.completeCountyApproval(taskId, caseId, true, " ", null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("overrideReason"));
        identificationSteps.completeCountyApproval(taskId, caseId, true, "因疫情新增边缘户，经县扶贫开发领导小组研究同意", "同意");
        IdentificationCaseView done = identification.find(caseId);
        assertThat(done.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(done.overrideReason()).startsWith("因疫情新增边缘户");
    }

    @Test
    void anUpheldObjectionSendsTheCaseBackToTheVillageAndIsRecorded() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(2);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.DISASTER), Channel.VILLAGE);
        identificationSteps.completeHomeVerification(
                taskOf(caseId).task().id(), caseId, verified(Category.NEWLY_POOR, PovertyFactor.DISASTER));
        identificationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "同意", null);
        long objectionId = identificationSteps.raiseObjection(caseId, "该户有家庭成员在县城购有商品房");

        TestLogins.login("township1");
        TaskRow handle = taskOf(caseId);
        assertThat(handle.task().taskDefinitionKey()).isEqualTo("handleObjection");
        assertThat(identificationSteps.objectionOf(handle.task().id()).id()).isEqualTo(objectionId);
        identificationSteps.completeObjection(handle.task().id(), true, ObjectionAction.REVERIFY, "经核查属实，重新核实");

        assertThat(identification.objections(caseId))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObjectionStatus.UPHELD));
        TestLogins.login("village1");
        assertThat(taskOf(caseId).task().taskDefinitionKey()).isEqualTo("homeVerification");
        assertThat(identification.inNotice(caseId)).isFalse();
        assertThatThrownBy(() -> identificationSteps.raiseObjection(caseId, "再次异议"))
                .isInstanceOf(IdentificationRefusedException.class)
                .hasMessageContaining("不在公示期");
    }

    @Test
    void aCaseOpenTooLongGivesTheTownshipASupervisionTask() {
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                ordinaryHousehold(3), Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        executeTimer(identification.find(caseId), IdentificationVariables.ESCALATION_TIMER);
        assertThat(identification.find(caseId).escalatedTo()).isEqualTo("TOWNSHIP_OFFICER:130125100");
        TestLogins.login("township1");
        TaskRow supervise = taskList.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() == caseId
                        && r.task().taskDefinitionKey().equals("superviseOverdue"))
                .findFirst()
                .orElseThrow();
        identificationSteps.completeSupervision(supervise.task().id(), caseId, "请村级三日内完成入户核实");
        TestLogins.login("village1");
        assertThat(taskOf(caseId).task().taskDefinitionKey()).isEqualTo("homeVerification");
    }

    @Test
    void aHouseholdNotYetRegisteredIsStoredOnlyWhenTheCountyApproves() {
        TestLogins.login("village1");
        String head = TestHouseholds.newIdNumber();
        StartedIdentification started = identificationIntake.apply(new IdentificationApplication(
                Channel.HOTLINE_12317,
                Category.NEWLY_POOR,
                null,
                new IdentificationApplication.Applicant(
                        "130125100201",
                        "13912345678",
                        List.of(new IdentificationApplication.ApplicantMember("孙新户", head, Relation.HEAD))),
                Set.of(PovertyFactor.EPIDEMIC),
                null));
        long caseId = started.id();
        assertThat(identification.find(caseId).householdId()).isNull();
        assertThat(identification.find(caseId).channel()).isEqualTo(Channel.HOTLINE_12317);
        assertThatThrownBy(() -> identificationIntake.apply(new IdentificationApplication(
                        Channel.APP,
                        Category.MARGINAL,
                        null,
                        new IdentificationApplication.Applicant(
                                "130125100201",
                                "13912345678",
                                List.of(new IdentificationApplication.ApplicantMember("孙新户", head, Relation.HEAD))),
                        Set.of(PovertyFactor.EPIDEMIC),
                        null)))
                .isInstanceOf(DuplicateIdentificationException.class);

        identificationSteps.completeHomeVerification(
                taskOf(caseId).task().id(), caseId, verified(Category.NEWLY_POOR, PovertyFactor.EPIDEMIC));
        identificationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "同意", null);
        assertThat(identification.find(caseId).noticeText()).contains("孙新户").doesNotContain(head, "13912345678");
        executeTimer(identification.find(caseId), IdentificationVariables.NOTICE_TIMER);
        TestLogins.login("township1");
        identificationSteps.completeTownshipReview(taskOf(caseId).task().id(), caseId, TownshipDecision.APPROVE, "同意");
        TestLogins.login("county1");
        identificationSteps.completeCountyApproval(taskOf(caseId).task().id(), caseId, true, null, "同意");

        Long householdId = identification.find(caseId).householdId();
        assertThat(householdId).isNotNull();
        HouseholdDetails registered = households.details(householdId);
        assertThat(registered.headName()).isEqualTo("孙新户");
        assertThat(registered.category()).isEqualTo(Category.NEWLY_POOR);
        assertThat(registered.villageCode()).isEqualTo(VILLAGE1);
    }

    @Test
    void aSecondOpenIdentificationOfTheSameHouseholdIsRefused() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(4);
        identificationIntake.start(
                householdId, Category.MARGINAL, Set.of(PovertyFactor.HIGH_EXPENSES), Channel.VILLAGE);
        assertThatThrownBy(() -> identificationIntake.start(
                        householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE))
                .isInstanceOf(DuplicateIdentificationException.class)
                .hasMessageContaining("办理中");
    }

    @Test
    void anotherVillagesOfficerCannotStartOrComplete() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(5);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.DISASTER), Channel.VILLAGE);
        String taskId = taskOf(caseId).task().id();

        TestLogins.login("village2");
        assertThatThrownBy(() -> identificationIntake.start(
                        householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE))
                .isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> identificationSteps.completeHomeVerification(
                        taskId, caseId, verified(Category.NEWLY_POOR, PovertyFactor.ILLNESS)))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void aTaskCompletedMeanwhileSaysSoAndChangesNothing() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(6);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.DISASTER), Channel.VILLAGE);
        String taskId = taskOf(caseId).task().id();
        identificationSteps.completeHomeVerification(
                taskId, caseId, verified(Category.NEWLY_POOR, PovertyFactor.DISASTER));
        assertThatThrownBy(() -> identificationSteps.completeHomeVerification(
                        taskId, caseId, verified(Category.NEWLY_POOR, PovertyFactor.ILLNESS)))
                .isInstanceOf(TaskGoneException.class)
                .hasMessageContaining("已由他人办理");
        assertThat(identification.find(caseId).factors()).containsExactly(PovertyFactor.DISASTER);
    }

    @Test
    void missingEvidenceIsNamedFieldByField() {
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                ordinaryHousehold(7), Category.NEWLY_POOR, Set.of(PovertyFactor.DISASTER), Channel.VILLAGE);
        String taskId = taskOf(caseId).task().id();
        assertThatThrownBy(() -> identificationSteps.completeHomeVerification(
                        taskId, caseId, new HomeVerification(Category.NEWLY_POOR, Set.of(), null, false, null, null)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("signedCommitment", "factors"));
        assertThat(taskOf(caseId).task().taskDefinitionKey()).isEqualTo("homeVerification");
    }

    @Test
    void aKindThatTheCategoryDoesNotAllowIsRefusedWithTheReason() {
        TestLogins.login("village1");
        long poor = households
                .search(VILLAGE1, Category.POOR, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        assertThatThrownBy(() -> identificationIntake.start(
                        poor, Category.MONITORED, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE))
                .isInstanceOf(IdentificationRefusedException.class)
                .hasMessage("贫困户不能识别为脱贫监测户");
    }

    @Test
    void theTownshipAndTheCountyRecordAnOpinionEvenWhenTheyApprove() {
        TestLogins.login("village1");
        long caseId = toTownship(ordinaryHousehold(8), Category.NEWLY_POOR, PovertyFactor.ILLNESS);
        TestLogins.login("township1");
        String review = taskOf(caseId).task().id();
        assertThatThrownBy(
                        () -> identificationSteps.completeTownshipReview(review, caseId, TownshipDecision.APPROVE, " "))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("comment", "请填写审核意见"));
        assertThat(taskOf(caseId).task().taskDefinitionKey()).isEqualTo("townshipReview");
        identificationSteps.completeTownshipReview(review, caseId, TownshipDecision.APPROVE, "经核实情况属实，同意");

        TestLogins.login("county1");
        String approval = taskOf(caseId).task().id();
        assertThatThrownBy(() -> identificationSteps.completeCountyApproval(approval, caseId, true, null, null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("comment", "请填写审批意见"));
        assertThat(taskOf(caseId).task().taskDefinitionKey()).isEqualTo("countyApproval");
    }

    private long toTownship(long householdId, Category kind, PovertyFactor factor) {
        long caseId = identificationIntake.start(householdId, kind, Set.of(factor), Channel.VILLAGE);
        identificationSteps.completeHomeVerification(taskOf(caseId).task().id(), caseId, verified(kind, factor));
        identificationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "同意", null);
        executeTimer(identification.find(caseId), IdentificationVariables.NOTICE_TIMER);
        return caseId;
    }

    private void executeTimer(IdentificationCaseView c, String activityId) {
        // found through the job definition: works for a timer start event of an event subprocess too
        List<String> definitions = management.createJobDefinitionQuery().activityIdIn(activityId).list().stream()
                .map(d -> d.getId())
                .toList();
        Job job = management.createJobQuery().processInstanceId(c.processInstanceId()).timers().list().stream()
                .filter(j -> definitions.contains(j.getJobDefinitionId()))
                .findFirst()
                .orElse(null);
        assertThat(job).as(activityId).isNotNull();
        management.executeJob(job.getId());
    }

    static HomeVerification verified(Category kind, PovertyFactor... factors) {
        return new HomeVerification(kind, Set.of(factors), null, true, "scan-001", "入户核实属实");
    }

    private long ordinaryHousehold(int index) {
        return TestHouseholds.register(households, VILLAGE1.value(), null);
    }

    private TaskRow taskOf(long caseId) {
        return taskList.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() != null
                        && r.task().caseId() == caseId)
                .filter(r -> !r.task().taskDefinitionKey().equals("superviseOverdue"))
                .findFirst()
                .orElseThrow();
    }
}
