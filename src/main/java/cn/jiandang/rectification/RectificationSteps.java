package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static cn.jiandang.rectification.RectificationVariables.*;

/**
 * The officers' steps of a rectification: the county or township rectifies or passes the case down, the village
 * rectifies, each level up verifies, the owner accepts or returns, the level above urges an overdue case.
 */
@Service
@Transactional
public class RectificationSteps {

    private final RectificationCaseRepository cases;
    private final CurrentOfficer current;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final Clock clock;

    RectificationSteps(
            RectificationCaseRepository cases,
            CurrentOfficer current,
            CaseTasks caseTasks,
            WorkTasks tasks,
            Clock clock) {
        this.cases = cases;
        this.current = current;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** County or township: rectify here (with evidence) or pass the case down one level. */
    public void handle(String taskId, long caseId, boolean passDown, String rectification, String evidence) {
        TaskRef task = caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_COUNTY_HANDLING, TASK_TOWNSHIP_HANDLING);
        String level = TASK_COUNTY_HANDLING.equals(task.taskDefinitionKey()) ? "COUNTY" : "TOWNSHIP";
        RectificationCase c = cases.require(caseId);
        RegionLevel regionLevel = RegionCode.of(c.view().regionCode()).level();
        if (passDown) {
            boolean deeper = "COUNTY".equals(level)
                    ? regionLevel.ordinal() > RegionLevel.COUNTY.ordinal()
                    : regionLevel == RegionLevel.VILLAGE;
            if (!deeper) {
                throw BusinessException.invalidField("passDown", "该问题落实到本级，不能再下交，请本级整改");
            }
            c.passedDown("COUNTY".equals(level) ? "TOWNSHIP" : "VILLAGE");
            tasks.complete(taskId, Map.of(PASS_DOWN, true), null);
            return;
        }
        checkRectification(rectification, evidence);
        c.rectified(
                level,
                rectification.strip(),
                evidence.strip(),
                current.require().username(),
                Instant.now(clock));
        tasks.complete(taskId, Map.of(PASS_DOWN, false, HANDLER_LEVEL, level), null);
    }

    /** The village rectifies with evidence. */
    public void rectify(String taskId, long caseId, String rectification, String evidence) {
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_VILLAGE_RECTIFICATION);
        checkRectification(rectification, evidence);
        cases.require(caseId)
                .rectified(
                        "VILLAGE",
                        rectification.strip(),
                        evidence.strip(),
                        current.require().username(),
                        Instant.now(clock));
        tasks.complete(taskId, Map.of(HANDLER_LEVEL, "VILLAGE"), null);
    }

    /** Township or county verifies the rectification below it; a failed verification needs a reason. */
    public void verify(String taskId, long caseId, boolean verified, String comment) {
        requireReasonUnless(verified, comment, "核实未通过时必须填写理由");
        TaskRef task =
                caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_TOWNSHIP_VERIFICATION, TASK_COUNTY_VERIFICATION);
        String level = TASK_COUNTY_VERIFICATION.equals(task.taskDefinitionKey()) ? "COUNTY" : "TOWNSHIP";
        cases.require(caseId).verified(level, verified, blankToNull(comment));
        tasks.complete(taskId, Map.of(VERIFIED, verified), comment);
    }

    /** The supervisor (or the centre) accepts and closes the case, or returns it to the county with a reason. */
    public void accept(String taskId, long caseId, boolean accepted, String comment) {
        requireReasonUnless(accepted, comment, "退回整改时必须填写理由");
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_ACCEPTANCE);
        cases.require(caseId).accepted(accepted, blankToNull(comment));
        tasks.complete(taskId, Map.of(ACCEPTED, accepted), comment);
    }

    /** The level above an overdue case acknowledges that it urged the holder. */
    public void urge(String taskId, long caseId, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_URGE);
        cases.require(caseId);
        tasks.complete(taskId, Map.of(), comment);
    }

    private static void checkRectification(String rectification, String evidence) {
        if (rectification == null || rectification.isBlank()) {
            throw BusinessException.invalidField("rectification", "请填写整改情况");
        }
        if (evidence == null || evidence.isBlank()) {
            throw BusinessException.invalidField("evidence", "请填写整改佐证材料（如照片、文件编号）");
        }
    }

    private static void requireReasonUnless(boolean ok, String comment, String message) {
        if (!ok && (comment == null || comment.isBlank())) {
            throw BusinessException.invalidField("comment", message);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
