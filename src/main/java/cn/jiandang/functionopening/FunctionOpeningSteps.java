package cn.jiandang.functionopening;

import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static cn.jiandang.functionopening.FunctionOpeningVariables.*;

/**
 * The steps of an opened function: the centre decides, the province gives notice of an early close, the centre
 * confirms it; the period's end closes the function through the process.
 */
@Service
@Transactional
public class FunctionOpeningSteps {

    private final FeatureGrants grants;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final Procedures procedures;

    FunctionOpeningSteps(FeatureGrants grants, CaseTasks caseTasks, WorkTasks tasks, Procedures procedures) {
        this.grants = grants;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.procedures = procedures;
    }

    /** The grant a step is about, within the caller's region. */
    @Transactional(readOnly = true)
    public FeatureGrantView find(long grantId) {
        return grants.find(grantId);
    }

    /** The centre approves or rejects; a rejection needs a reason. */
    public void decide(String taskId, long grantId, boolean approved, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, grantId, TASK_CENTRE_DECISION);
        grants.decide(grantId, approved, comment);
        tasks.complete(taskId, Map.of(APPROVED, approved), comment);
    }

    /** The province gives notice that it wants the function closed before the period ends. */
    public void requestClose(long grantId, String reason) {
        grants.requestClose(grantId, reason);
        procedures.correlate(MESSAGE_CLOSE_REQUESTED, grantId);
    }

    /** The centre confirms the early close, or keeps the function open (with a reason). */
    public void confirmClose(String taskId, long grantId, boolean confirmed, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, grantId, TASK_CONFIRM_CLOSE);
        grants.confirmClose(grantId, confirmed, comment);
        tasks.complete(taskId, Map.of(CLOSE_CONFIRMED, confirmed), comment);
    }
}
