package cn.jiandang.tasks;

import cn.jiandang.common.BusinessException;
import cn.jiandang.security.RegionAccess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A procedure's view of its user tasks: the task an officer submits must be open, theirs to work on (as
 * {@link WorkTasks#open}), and a step of this procedure's instance for this case. Procedures read their tasks
 * only through here, never through the engine's services.
 */
@Service
@Transactional(readOnly = true)
public class CaseTasks {

    private final WorkTasks tasks;
    private final TaskService taskService;
    private final RegionAccess access;

    CaseTasks(WorkTasks tasks, TaskService taskService, RegionAccess access) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.access = access;
    }

    /**
     * The task, if it is open, the caller may work on it, and it is one of the steps of the procedure's instance
     * for this case; a task of another procedure, case or step is refused and the refusal audited.
     */
    public TaskRef open(String taskId, String processKey, long caseId, String... steps) {
        TaskRef task = tasks.open(taskId);
        if (!processKey.equals(task.processDefinitionKey())
                || task.caseId() == null
                || task.caseId() != caseId
                || !List.of(steps).contains(task.taskDefinitionKey())) {
            throw access.refuse("Task", taskId, null, "任务与所办理的事项不符，请从任务列表重新打开");
        }
        return task;
    }

    /**
     * An id an open task carries besides its case, such as the objection or the measure a step is about; the
     * caller must be allowed to work on the task. {@code missing} is the message when the task carries none.
     */
    public long idOf(String taskId, String variable, String missing) {
        TaskRef task = tasks.open(taskId);
        if (!(taskService.getVariable(task.id(), variable) instanceof Number id)) {
            throw BusinessException.notFound(missing);
        }
        return id.longValue();
    }

    /**
     * Writes a note on the open task of the step that carries the id (e.g. the objection a message started), so that
     * the case's timeline shows it beside the step; the engine has no query for a variable of the task's scope.
     */
    @Transactional
    public void note(String processInstanceId, String step, String variable, long id, String message) {
        taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step).list().stream()
                .filter(t -> taskService.getVariable(t.getId(), variable) instanceof Number n && n.longValue() == id)
                .forEach(t -> taskService.createComment(t.getId(), processInstanceId, message));
    }

    /** The steps (user task keys) open in an instance, whoever holds them: for the process's own escalation. */
    public Set<String> openSteps(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .collect(Collectors.toSet());
    }
}
