package cn.jiandang.riskelimination;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskGoneException;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Risk elimination through the real services, engine and registry on H2. */
@JiandangSpringTest
class RiskEliminationServicesTest {

    static final String VILLAGE1 = "130125100201";

    @Autowired
    RiskEliminationCases riskElimination;

    @Autowired
    RiskEliminationSteps riskEliminationSteps;

    @Autowired
    RiskEliminationIntake riskEliminationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void approvedByTheCountyTheFlagIsSetWithANewVersion() {
        long householdId = TestHouseholds.register(households, VILLAGE1, Category.MARGINAL);
        TestLogins.login("village1");
        int versionBefore = households.details(householdId).version();
        long caseId = riskEliminationIntake.propose(householdId, evidence());
        riskEliminationSteps.completeHomeVerification(taskOf(caseId).task().id(), caseId, true, "属实");
        riskEliminationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "同意", null);
        RiskEliminationCaseView onNotice = riskElimination.find(caseId);
        assertThat(onNotice.noticeText()).contains("测试户主", "边缘户").doesNotContain("13800000000");
        executeNoticeTimer(onNotice);
        TestLogins.login("township1");
        riskEliminationSteps.completeTownshipReview(taskOf(caseId).task().id(), caseId, ReviewDecision.APPROVE, null);
        TestLogins.login("county1");
        riskEliminationSteps.completeCountyApproval(taskOf(caseId).task().id(), caseId, true, "同意");

        HouseholdDetails after = households.details(householdId);
        assertThat(after.riskEliminated()).isTrue();
        assertThat(after.version()).isGreaterThan(versionBefore);
        assertThat(after.category()).as("R3: never exits").isEqualTo(Category.MARGINAL);
        RiskEliminationCaseView done = riskElimination.find(caseId);
        assertThat(done.status()).isEqualTo(RiskCaseStatus.ELIMINATED);
        assertThat(done.decidedBy()).isEqualTo("county1");
    }

    @Test
    void aRejectionKeepsTheFlagNoWithTheReason() {
        long householdId = TestHouseholds.register(households, VILLAGE1, Category.MONITORED);
        TestLogins.login("village1");
        long caseId = riskEliminationIntake.propose(householdId, evidence());
        riskEliminationSteps.completeHomeVerification(taskOf(caseId).task().id(), caseId, true, null);
        riskEliminationSteps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "同意", null);
        executeNoticeTimer(riskElimination.find(caseId));
        TestLogins.login("township1");
        riskEliminationSteps.completeTownshipReview(
                taskOf(caseId).task().id(), caseId, ReviewDecision.REJECT, "务工收入不稳定，风险尚未消除");
        assertThat(households.details(householdId).riskEliminated()).isFalse();
        RiskEliminationCaseView done = riskElimination.find(caseId);
        assertThat(done.status()).isEqualTo(RiskCaseStatus.REJECTED);
        assertThat(done.decisionComment()).isEqualTo("务工收入不稳定，风险尚未消除");
    }

    @Test
    void aPoorHouseholdIsRefusedWithTheRule() {
        long poor = TestHouseholds.register(households, VILLAGE1, Category.POOR);
        TestLogins.login("village1");
        assertThatThrownBy(() -> riskEliminationIntake.propose(poor, evidence()))
                .isInstanceOf(RiskEliminationRefusedException.class)
                .hasMessage("贫困户不能申请风险消除：只有脱贫监测户和边缘户标注风险消除（R3）");
    }

    @Test
    void missingEvidenceIsNamedFieldByFieldAndNothingStarts() {
        long householdId = TestHouseholds.register(households, VILLAGE1, Category.MARGINAL);
        TestLogins.login("village1");
        assertThatThrownBy(() -> riskEliminationIntake.propose(
                        householdId,
                        new RiskEvidence(
                                new BigDecimal("4000.00"),
                                new BigDecimal("4500.00"),
                                true,
                                true,
                                false,
                                true,
                                true,
                                false,
                                null)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("perCapitaIncome", "housingSecure", "noNewRisk"));
        riskEliminationIntake.propose(householdId, evidence());
        assertThatThrownBy(() -> riskEliminationIntake.propose(householdId, evidence()))
                .isInstanceOf(RiskEliminationRefusedException.class)
                .hasMessageContaining("办理中");
    }

    @Test
    void aTaskDoneMeanwhileSaysSo() {
        long householdId = TestHouseholds.register(households, VILLAGE1, Category.MARGINAL);
        TestLogins.login("village1");
        long caseId = riskEliminationIntake.propose(householdId, evidence());
        String taskId = taskOf(caseId).task().id();
        riskEliminationSteps.completeHomeVerification(taskId, caseId, true, null);
        assertThatThrownBy(() -> riskEliminationSteps.completeHomeVerification(taskId, caseId, false, "不属实"))
                .isInstanceOf(TaskGoneException.class);
        assertThat(riskElimination.find(caseId).decisionComment()).isNull();
    }

    static RiskEvidence evidence() {
        return new RiskEvidence(
                new BigDecimal("6200.00"),
                new BigDecimal("4500.00"),
                true,
                true,
                true,
                true,
                true,
                true,
                "家庭成员稳定务工，大病已治愈");
    }

    private void executeNoticeTimer(RiskEliminationCaseView c) {
        var job = management
                .createJobQuery()
                .processInstanceId(c.processInstanceId())
                .timers()
                .singleResult();
        assertThat(job).isNotNull();
        management.executeJob(job.getId());
    }

    private TaskRow taskOf(long caseId) {
        return taskList.page(0, 500).stream()
                .filter(r -> "riskElimination".equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() != null && r.task().caseId() == caseId)
                .findFirst()
                .orElseThrow();
    }
}
