package cn.jiandang.tasks;

import cn.jiandang.common.FieldErrors;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The village → township → county review that identification and risk elimination share: the village's
 * democratic appraisal, the township's review (approve, reject or return) and the county's approval. Each step
 * checks its task, then what the officer submitted (every missing item named), lets the procedure record the
 * decision on its case, and completes the task with the decision under the names both processes read. It runs in
 * the transaction of the procedure's step.
 */
@Service
public class ReviewSteps {

    public static final String DEMOCRATIC_APPRAISAL = "democraticAppraisal";
    public static final String TOWNSHIP_REVIEW = "townshipReview";
    public static final String COUNTY_APPROVAL = "countyApproval";

    public static final String APPRAISAL_APPROVED = "appraisalApproved";
    /** {@code APPROVE}, {@code REJECT} or {@code RETURN}. */
    public static final String TOWNSHIP_DECISION = "townshipDecision";

    public static final String COUNTY_APPROVED = "countyApproved";

    private final CaseTasks caseTasks;
    private final WorkTasks tasks;

    ReviewSteps(CaseTasks caseTasks, WorkTasks tasks) {
        this.caseTasks = caseTasks;
        this.tasks = tasks;
    }

    /** The review steps of one procedure's process. */
    public Review of(String processKey) {
        return new Review(processKey);
    }

    /** The three steps of one process; {@code record} keeps the decision on the case once it is complete. */
    public final class Review {

        private final String processKey;

        private Review(String processKey) {
            this.processKey = processKey;
        }

        /** The minutes always; a rejection needs its reason, which becomes the task's comment. */
        public void appraisal(
                String taskId, long caseId, boolean passed, String minutes, String reason, Runnable record) {
            caseTasks.open(taskId, processKey, caseId, DEMOCRATIC_APPRAISAL);
            new FieldErrors()
                    .requireText(minutes, "minutes", "请填写民主评议会议记录")
                    .require(passed || notBlank(reason), "reason", "评议未通过时必须填写理由")
                    .throwIfAny("民主评议材料不全");
            record.run();
            tasks.complete(taskId, Map.of(APPRAISAL_APPROVED, passed), passed ? null : reason);
        }

        /** A decision is required; rejecting or returning needs a comment. */
        public void township(String taskId, long caseId, Enum<?> decision, String comment, Runnable record) {
            township(taskId, caseId, decision, comment, errors -> {}, record);
        }

        /** As above; {@code checks} adds the procedure's own requirements, named first. */
        public void township(
                String taskId,
                long caseId,
                Enum<?> decision,
                String comment,
                Consumer<FieldErrors> checks,
                Runnable record) {
            caseTasks.open(taskId, processKey, caseId, TOWNSHIP_REVIEW);
            FieldErrors errors = new FieldErrors();
            checks.accept(errors);
            errors.require(decision != null, "decision", "请选择审核结果")
                    .require(
                            decision == null || "APPROVE".equals(decision.name()) || notBlank(comment),
                            "comment",
                            "不同意或退回时必须填写理由")
                    .throwIfAny("审核意见不全");
            record.run();
            tasks.complete(taskId, Map.of(TOWNSHIP_DECISION, decision.name()), comment);
        }

        /** Not approving needs a comment; {@code checks} adds the procedure's own requirements, named first. */
        public void county(
                String taskId,
                long caseId,
                boolean approved,
                String comment,
                Consumer<FieldErrors> checks,
                Runnable record) {
            caseTasks.open(taskId, processKey, caseId, COUNTY_APPROVAL);
            FieldErrors errors = new FieldErrors();
            checks.accept(errors);
            errors.require(approved || notBlank(comment), "comment", "不批准时必须填写理由")
                    .throwIfAny("审批意见不全");
            record.run();
            tasks.complete(taskId, Map.of(COUNTY_APPROVED, approved), comment);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
