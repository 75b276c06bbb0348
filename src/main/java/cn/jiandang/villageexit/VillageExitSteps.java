package cn.jiandang.villageexit;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

import static cn.jiandang.villageexit.VillageExitVariables.*;

/** The officers' steps of a village exit: the county's review, objections during the notice, the announcement. */
@Service
@Transactional
public class VillageExitSteps {

    private final VillageExitCaseRepository cases;
    private final RegionAccess access;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final Procedures procedures;

    VillageExitSteps(
            VillageExitCaseRepository cases,
            RegionAccess access,
            CaseTasks caseTasks,
            WorkTasks tasks,
            Procedures procedures) {
        this.cases = cases;
        this.access = access;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.procedures = procedures;
    }

    /** The county approves (the notice starts) or rejects with a reason. */
    public void review(String taskId, long caseId, boolean approved, String comment) {
        if (!approved && (comment == null || comment.isBlank())) {
            throw BusinessException.invalidField("comment", "不予通过时必须填写理由");
        }
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_COUNTY_REVIEW);
        cases.require(caseId).reviewed(comment == null || comment.isBlank() ? null : comment.strip());
        tasks.complete(taskId, Map.of(APPROVED, approved), comment);
    }

    /** During the notice the township (or village) records an objection; the county reviews again. */
    public void raiseObjection(long caseId, String objection) {
        VillageExitCase c = cases.require(caseId);
        access.checkChange(RegionCode.of(c.view().villageCode()), Role.TOWNSHIP_OFFICER, Role.VILLAGE_OFFICER);
        if (objection == null || objection.isBlank()) {
            throw BusinessException.invalidField("objection", "请填写异议内容");
        }
        if (c.status() != VillageExitStatus.NOTICE) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该村不在公示期，不能登记异议");
        }
        c.objected(objection.strip());
        procedures.correlate(MESSAGE_OBJECTION, caseId);
    }

    /** The county announces the exit. */
    public void announce(String taskId, long caseId, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_ANNOUNCEMENT);
        cases.require(caseId);
        tasks.complete(taskId, Map.of(), comment);
    }
}
