package cn.jiandang.tasks;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.common.BusinessException;
import cn.jiandang.security.Colleague;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.OfficerDirectory;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.tasks.engine.EngineCommands;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Finds and completes user tasks for the logged-in officer. A direct task id is checked again here: the
 * officer must be the assignee or hold one of the task's candidate groups (role and region).
 */
@Service
public class WorkTasks {

    private final TaskService taskService;
    private final ActingOfficer acting;
    private final CurrentOfficer current;
    private final RegionAccess access;
    private final AuditLog audit;
    private final OfficerDirectory directory;
    private final TaskHolders holders;
    private final OpenTaskStore store;
    private final MayWork mayWork;
    private final EngineCommands commands;

    WorkTasks(
            TaskService taskService,
            ActingOfficer acting,
            CurrentOfficer current,
            RegionAccess access,
            AuditLog audit,
            OfficerDirectory directory,
            TaskHolders holders,
            OpenTaskStore store,
            MayWork mayWork,
            EngineCommands commands) {
        this.commands = commands;
        this.holders = holders;
        this.store = store;
        this.mayWork = mayWork;
        this.audit = audit;
        this.directory = directory;
        this.taskService = taskService;
        this.acting = acting;
        this.current = current;
        this.access = access;
    }

    /**
     * The task if it is still open and the officer may work on it. Read from the projection ({@code open_task}: one
     * indexed row holds the case, household, assignee and groups, written in the engine's own transaction) instead of
     * the engine's task query, identity links and variables, about six statements per step (issue 14, P1). A task the
     * projection does not hold (gone meanwhile, or a standalone task) is asked of the engine, which says who has it.
     */
    @Transactional(readOnly = true)
    public TaskRef open(String taskId) {
        Officer officer = current.require();
        TaskRef ref = store.find(taskId)
                .map(projected -> {
                    mayWork.check(officer, projected);
                    return projected.ref();
                })
                .orElseGet(() -> openInEngine(officer, taskId));
        checked().put(officer.username() + "/" + taskId, ref);
        return ref;
    }

    private TaskRef openInEngine(Officer officer, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw holders.gone(taskId);
        }
        mayWork.check(officer, task);
        return TaskQueries.ref(task, taskService.getVariables(taskId));
    }

    /** Takes the task: it leaves the group's list and stays in the officer's own (checked as {@link #open}). */
    @Transactional
    public void claim(String taskId) {
        TaskRef task = open(taskId);
        checked().remove(current.require().username() + "/" + taskId);
        if (task.assignee() == null) {
            holders.claim(taskId, current.require().username());
        }
    }

    /** Gives a claimed task back to its candidate groups. */
    @Transactional
    public void unclaim(String taskId) {
        Officer officer = current.require();
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw holders.gone(taskId);
        }
        if (!officer.username().equals(task.getAssignee())) {
            throw access.refuse("Task", taskId, null, "只能退回自己认领的任务");
        }
        taskService.setAssignee(taskId, null);
    }

    /** The colleagues the officer may hand the task to: the other officers of its candidate groups. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(String taskId) {
        Officer officer = current.require();
        Task task = find(taskId);
        mayWork.check(officer, task);
        return mayWork.candidateGroups(task).stream()
                .flatMap(group -> directory.colleagues(group).stream())
                .distinct()
                .filter(c -> !c.username().equals(officer.username()))
                .toList();
    }

    /**
     * Hands the task to a colleague holding one of its candidate groups: it becomes the colleague's ("mine"). The
     * officer must be allowed to work on it as for a claim; the engine comment and the audit log say who handed it.
     */
    @Transactional
    public void handOver(String taskId, String toUsername) {
        Officer officer = current.require();
        Task task = find(taskId);
        mayWork.check(officer, task);
        if (toUsername == null || toUsername.isBlank()) {
            throw BusinessException.invalidField("colleague", "请选择要转交的同事");
        }
        if (toUsername.equals(officer.username())) {
            throw BusinessException.invalidField("colleague", "不能转交给自己，请选择另一位同事");
        }
        Colleague to = directory
                .find(toUsername)
                .orElseThrow(
                        () -> BusinessException.invalidField("colleague", "用户 " + toUsername + " 不存在或尚未登录过本系统，不能转交"));
        List<String> groups = mayWork.candidateGroups(task);
        if (directory.groupsOf(toUsername).stream().noneMatch(groups::contains)) {
            throw BusinessException.invalidField("colleague", to.label() + " 不是本任务办理岗位（同一角色、同一辖区）的同事，不能转交");
        }
        String from = directory
                .find(officer.username())
                .map(Colleague::label)
                .orElse(officer.displayName() + "（" + officer.username() + "）");
        acting.as(officer, () -> {
            taskService.setAssignee(taskId, toUsername);
            taskService.createComment(taskId, task.getProcessInstanceId(), "【转交】" + from + " 转交给 " + to.label());
        });
        audit.record(
                AuditActions.HAND_OVER_TASK,
                "Task",
                taskId,
                TaskQueries.asLong(taskService.getVariable(taskId, TaskQueries.HOUSEHOLD_ID)),
                null,
                task.getName() + "（" + task.getTaskDefinitionKey() + "）：" + officer.username() + " → " + toUsername);
    }

    /** Completes the task with the variables of the decision and an optional comment. */
    @Transactional
    public void complete(String taskId, Map<String, Object> variables, String comment) {
        Officer officer = current.require();
        // checked by open() in this transaction (a procedure's step): the engine is not asked again
        TaskRef task = checked().get(officer.username() + "/" + taskId);
        if (task == null) {
            Task found = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (found == null) {
                throw holders.gone(taskId);
            }
            mayWork.check(officer, found);
            task = TaskQueries.ref(
                    found,
                    Collections.singletonMap(
                            TaskQueries.HOUSEHOLD_ID, taskService.getVariable(taskId, TaskQueries.HOUSEHOLD_ID)));
        }
        TaskRef checked = task;
        try {
            // claim, comment and completion as one engine command: the task is read and written once (issue 14, P1)
            holders.asHolder(
                    taskId,
                    () -> commands.together(() -> {
                        if (checked.assignee() == null) {
                            // taken by someone else since open(): the engine refuses the claim and says who
                            TaskProjection.completing(taskId);
                            taskService.claim(taskId, officer.username());
                        }
                        completeChecked(officer, checked, variables, comment);
                    }));
        } finally {
            checked().remove(officer.username() + "/" + taskId);
        }
    }

    private void completeChecked(Officer officer, TaskRef task, Map<String, Object> variables, String comment) {
        String taskId = task.id();
        TaskTrace.bind(taskId);
        if (comment != null && !comment.isBlank()) {
            taskService.createComment(taskId, task.processInstanceId(), comment.strip());
        }
        acting.as(officer, () -> {
            taskService.complete(taskId, variables);
            audit.record(
                    AuditActions.COMPLETE_TASK,
                    "Task",
                    taskId,
                    task.householdId(),
                    null,
                    task.name() + "（" + task.taskDefinitionKey() + "）" + (variables.isEmpty() ? "" : " " + variables));
        });
    }

    /** The tasks open() checked for an officer in this transaction, by officer and task id. */
    private static Map<String, TaskRef> checked() {
        return TransactionScoped.map(WorkTasks.class);
    }

    private Task find(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw holders.gone(taskId);
        }
        return task;
    }
}
