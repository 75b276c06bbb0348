package cn.jiandang.tasks;

import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether an officer may work on a task: it is the assignee, or the task is unclaimed and offered to one of its
 * candidate groups (role and region). A refusal is audited by {@link RegionAccess} with its reason in Chinese.
 */
@Component
class MayWork {

    private final TaskService taskService;
    private final RegionAccess access;

    MayWork(TaskService taskService, RegionAccess access) {
        this.taskService = taskService;
        this.access = access;
    }

    /** From the projection's row ({@code open_task}): the same rule as {@link RegionTab#mayAct}. */
    void check(Officer officer, OpenTask task) {
        if (!RegionTab.mayAct(officer, task)) {
            throw refusal(task.taskId(), task.assignee());
        }
    }

    /** From the engine's task and its identity links. */
    void check(Officer officer, Task task) {
        if (officer.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() == null) {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (link.getGroupId() != null && officer.candidateGroups().contains(link.getGroupId())) {
                    return;
                }
            }
        }
        throw refusal(task.getId(), task.getAssignee());
    }

    /** The task's candidate groups, each once. */
    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .distinct()
                .toList();
    }

    private RuntimeException refusal(String taskId, String assignee) {
        return access.refuse(
                "Task", taskId, null, assignee != null ? "该任务已由 " + assignee + " 认领" : "您无权办理该任务（不属于您的角色或辖区）");
    }
}
