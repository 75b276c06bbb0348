package cn.jiandang.base.ui;

import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.assistance.AssistanceIntake;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.assistance.NewMeasure;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.TestLogins;
import cn.jiandang.villageexit.VillageExitIntake;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.jiandang.identification.IdentificationVariables.PROCESS_KEY;

/**
 * Open tasks for the English walk, made through the real services, so that every role has task pages to open:
 * identifications at each step of village, township and county, rectifications at the county and the village, a
 * risk elimination and assistance measures for the village, a village exit for the county.
 */
@Component
public class EnglishWalkFixtures {

    private static final String VILLAGE = "130125100201";

    private final IdentificationIntake identification;
    private final IdentificationSteps identificationSteps;
    private final RectificationIntake rectification;
    private final RectificationSteps rectificationSteps;
    private final HouseholdService households;
    private final TaskPages pages;
    private final RiskEliminationIntake riskElimination;
    private final AssistanceIntake assistance;
    private final VillageExitIntake villages;

    EnglishWalkFixtures(
            IdentificationIntake identification,
            IdentificationSteps identificationSteps,
            RectificationIntake rectification,
            RectificationSteps rectificationSteps,
            HouseholdService households,
            TaskPages pages,
            RiskEliminationIntake riskElimination,
            AssistanceIntake assistance,
            VillageExitIntake villages) {
        this.identification = identification;
        this.identificationSteps = identificationSteps;
        this.rectification = rectification;
        this.rectificationSteps = rectificationSteps;
        this.households = households;
        this.pages = pages;
        this.riskElimination = riskElimination;
        this.assistance = assistance;
        this.villages = villages;
    }

    public void openTasksForEveryRole() {
        identificationAt(IdentificationVariables.TASK_HOME_VERIFICATION);
        identificationAt(IdentificationVariables.TASK_DEMOCRATIC_APPRAISAL);
        identificationAt(IdentificationVariables.TASK_TOWNSHIP_REVIEW);
        identificationAt(IdentificationVariables.TASK_COUNTY_APPROVAL);
        problem(false);
        problem(true);
        riskEliminationAndAssistance();
        villageExit();
        TestLogins.logout();
    }

    /** A marginal household of 东关村 with a risk-elimination proposal and measures to record (village1). */
    private void riskEliminationAndAssistance() {
        long householdId = TestHouseholds.register(households, VILLAGE, Category.MARGINAL);
        TestLogins.login("village1");
        riskElimination.propose(
                householdId,
                new RiskEvidence(
                        new BigDecimal("6200.00"),
                        new BigDecimal("4500.00"),
                        true,
                        true,
                        true,
                        true,
                        true,
                        true,
                        "家庭成员稳定务工"));
        TestLogins.login("township1");
        assistance.assign(
                householdId, "王乡干", "龙州镇人民政府", List.of(new NewMeasure(MeasureType.EMPLOYMENT, "推荐到县城工业园区务工", null)));
    }

    /** 西关村's exit proposed by the township, awaiting the county's review (county1), unless one is open already. */
    private void villageExit() {
        TestLogins.login("township1");
        try {
            villages.propose(RegionCode.of("130125100202"), 100_000, "贫困发生率已降至2%以下");
        } catch (BusinessException alreadyOpen) {
            // another test proposed it: its review task serves as well
        }
    }

    private void identificationAt(String step) {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, VILLAGE, null);
        long caseId =
                identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        if (step.equals(IdentificationVariables.TASK_HOME_VERIFICATION)) {
            return;
        }
        identificationSteps.completeHomeVerification(
                task(caseId, IdentificationVariables.TASK_HOME_VERIFICATION),
                caseId,
                new HomeVerification(Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true, null, null));
        if (step.equals(IdentificationVariables.TASK_DEMOCRATIC_APPRAISAL)) {
            return;
        }
        identificationSteps.completeAppraisal(
                task(caseId, IdentificationVariables.TASK_DEMOCRATIC_APPRAISAL), caseId, true, "村民代表一致同意", null);
        pages.executeTimer(PROCESS_KEY, caseId, IdentificationVariables.NOTICE_TIMER);
        if (step.equals(IdentificationVariables.TASK_TOWNSHIP_REVIEW)) {
            return;
        }
        TestLogins.login("township1");
        identificationSteps.completeTownshipReview(
                task(caseId, IdentificationVariables.TASK_TOWNSHIP_REVIEW), caseId, TownshipDecision.APPROVE, "同意");
    }

    /** A problem of 东关村 at the county, or passed down to the village. */
    private void problem(boolean toVillage) {
        TestLogins.login("supervisor");
        long caseId = rectification.create(new NewProblem(
                null,
                VILLAGE,
                ProblemType.INFO_INCOMPLETE,
                "英文界面测试：台账不全",
                ProblemSource.DATA_CLEANSING,
                LocalDate.now().plusDays(30)));
        if (!toVillage) {
            return;
        }
        TestLogins.login("county1");
        rectificationSteps.handle(
                rectificationTask(caseId, RectificationVariables.TASK_COUNTY_HANDLING), caseId, true, null, null);
        TestLogins.login("township1");
        rectificationSteps.handle(
                rectificationTask(caseId, RectificationVariables.TASK_TOWNSHIP_HANDLING), caseId, true, null, null);
    }

    private String task(long caseId, String step) {
        return pages.task(PROCESS_KEY, caseId, step).orElseThrow().getId();
    }

    private String rectificationTask(long caseId, String step) {
        return pages.task(RectificationVariables.PROCESS_KEY, caseId, step)
                .orElseThrow()
                .getId();
    }
}
