package cn.jiandang.riskelimination;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.ReviewSteps;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static cn.jiandang.riskelimination.RiskEliminationVariables.*;

/**
 * The officers' steps of a risk elimination: the village's home verification and appraisal, the township's review
 * and the county's approval; every rejection keeps its reason on the case.
 */
@Service
@Transactional
public class RiskEliminationSteps {

    private final RiskEliminationCaseRepository cases;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final ReviewSteps.Review review;

    RiskEliminationSteps(
            RiskEliminationCaseRepository cases, CaseTasks caseTasks, WorkTasks tasks, ReviewSteps reviews) {
        this.cases = cases;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.review = reviews.of(PROCESS_KEY);
    }

    /** Step 1: home verification confirms the evidence, or finds it untrue (with the reason). */
    public void completeHomeVerification(String taskId, long caseId, boolean confirmed, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_HOME_VERIFICATION);
        RiskEliminationCase c = cases.require(caseId);
        new FieldErrors()
                .require(confirmed || notBlank(comment), "comment", "核实不属实时必须填写理由")
                .throwIfAny("入户核实意见不全");
        if (!confirmed) {
            c.reason("入户核实不属实：" + comment.strip());
        }
        tasks.complete(taskId, Map.of(VERIFICATION_CONFIRMED, confirmed), comment);
    }

    public void completeAppraisal(String taskId, long caseId, boolean passed, String minutes, String reason) {
        review.appraisal(taskId, caseId, passed, minutes, reason, () -> {
            RiskEliminationCase c = cases.require(caseId);
            c.appraised(passed, minutes);
            if (!passed) {
                c.reason(reason);
            }
        });
    }

    public void completeTownshipReview(String taskId, long caseId, ReviewDecision decision, String comment) {
        review.township(taskId, caseId, decision, comment, () -> {
            RiskEliminationCase c = cases.require(caseId);
            c.townshipReviewed(decision);
            if (decision == ReviewDecision.REJECT) {
                c.reason(comment);
            }
        });
    }

    public void completeCountyApproval(String taskId, long caseId, boolean approved, String comment) {
        review.county(taskId, caseId, approved, comment, errors -> {}, () -> {
            if (!approved) {
                cases.require(caseId).reason(comment);
            }
        });
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
