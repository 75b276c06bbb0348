package cn.jiandang.warning;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

import static cn.jiandang.warning.WarningVariables.*;

/**
 * The village's verification of a warning: no risk (the reason required and kept), or an identification of a kind the
 * household's category allows (MONITORED for the exited, MARGINAL or NEWLY_POOR for others), which the process starts.
 */
@Service
@Transactional
public class WarningSteps {

    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final WarningStore store;
    private final HouseholdService households;
    private final RegionAccess access;

    WarningSteps(
            CaseTasks caseTasks,
            WorkTasks tasks,
            WarningStore store,
            HouseholdService households,
            RegionAccess access) {
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.store = store;
        this.households = households;
        this.access = access;
    }

    /** Completes the "核实预警" task; {@code kind} only when there is a risk. Nothing is saved when refused. */
    public void completeVerification(String taskId, long warningId, boolean noRisk, Category kind, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, warningId, TASK_VERIFY);
        WarningStore.Stored w = store.require(warningId);
        access.checkChange(RegionCode.of(w.villageCode()), Role.VILLAGE_OFFICER);
        Category current = households.categoryOf(w.householdId());
        boolean hasComment = comment != null && !comment.isBlank();
        new FieldErrors()
                .require(!noRisk || hasComment, "comment", "核实无风险时必须填写理由")
                .require(comment == null || comment.length() <= 500, "comment", "说明不能超过500字")
                .require(noRisk || kind != null, "kind", "请选择要启动的识别类型")
                .require(
                        noRisk
                                || kind == null
                                || Warnings.identificationKinds(current).contains(kind),
                        "kind",
                        Category.labelOf(current) + "不能识别为" + (kind == null ? "" : kind.label()))
                .throwIfAny("核实意见不全");
        store.comment(warningId, hasComment ? comment.strip() : null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(NO_RISK, noRisk);
        if (!noRisk) {
            variables.put(IDENTIFICATION_KIND, kind.name());
        }
        tasks.complete(taskId, variables, comment);
    }
}
