package cn.jiandang.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps {@code open_task} in step with the engine: every task event of every process (published by the Camunda
 * Spring Boot starter's eventing, a global task listener the engine registers on each user task when it parses a
 * model) writes the task's row in the engine's own transaction, so the row and the task commit or roll back together.
 * Created: inserted with the case's region and household from the process variables; claimed, handed over, groups or
 * due date changed: updated; completed or deleted (the instance cancelled, a boundary event, a modification): removed.
 * Runs after {@link TaskTimeLimits} has set the due date. Not seen: a candidate group <em>removed</em> from a task (the
 * engine's update event still lists it); no procedure removes one, and the next event of the task or a
 * {@link ProjectionRebuild} corrects it.
 */
@Component
class TaskProjection {

    private final OpenTaskStore store;

    TaskProjection(OpenTaskStore store) {
        this.store = store;
    }

    @EventListener
    @Order(TaskTimeLimits.ORDER + 1)
    public void on(DelegateTask task) {
        if (task.getProcessInstanceId() == null) {
            return; // a standalone task is no procedure's step
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> insert(of(task, true));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> update(of(task, false));
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> {
                store.delete(task.getId());
                written().remove(task.getId());
                TransactionScoped.map(COMPLETING).remove(task.getId());
            }
            default -> {
                // a timeout changes nothing the list shows
            }
        }
    }

    /** The key of the tasks this transaction claims only to complete them ({@link #completing}). */
    private static final Object COMPLETING = new Object();

    /**
     * The task is claimed and completed in one engine command of this transaction ({@link WorkTasks#complete}): its
     * claim writes nothing here, since its completion removes the row in the same command (or both roll back).
     */
    static void completing(String taskId) {
        TransactionScoped.<Boolean>map(COMPLETING).put(taskId, Boolean.TRUE);
    }

    /**
     * What this transaction wrote of each task: the engine fires two events for one claim (assignment, then update)
     * and a task's groups rarely change after its creation, so a write that changes nothing is skipped and the groups
     * are rewritten only when they changed (issue 14, P1).
     */
    private static Map<String, OpenTask> written() {
        return TransactionScoped.map(TaskProjection.class);
    }

    private void insert(OpenTask t) {
        store.insert(t);
        written().put(t.taskId(), t);
    }

    /** Nothing when this transaction already wrote the same (a claim's second event); groups only if changed. */
    private void update(OpenTask t) {
        if (TransactionScoped.map(COMPLETING).containsKey(t.taskId())) {
            return;
        }
        Map<String, OpenTask> written = written();
        OpenTask before = written.get(t.taskId());
        if (before != null
                && Objects.equals(before.name(), t.name())
                && Objects.equals(before.assignee(), t.assignee())
                && Objects.equals(before.due(), t.due())
                && before.candidateGroups().equals(t.candidateGroups())) {
            return;
        }
        store.update(t, before != null && before.candidateGroups().equals(t.candidateGroups()));
        written.put(t.taskId(), t);
    }

    /** The task's row; the case's variables only when inserting (an update leaves them as they are). */
    private static OpenTask of(DelegateTask task, boolean withVariables) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
        return new OpenTask(
                task.getId(),
                task.getProcessInstanceId(),
                task.getProcessDefinitionId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                withVariables ? TaskQueries.asLong(task.getVariable(TaskQueries.CASE_ID)) : null,
                withVariables ? TaskQueries.asLong(task.getVariable(TaskQueries.HOUSEHOLD_ID)) : null,
                withVariables ? OpenTask.regionOf(task.getVariable(TaskQueries.REGION_CODE)) : null,
                groups,
                task.getAssignee(),
                instant(task.getCreateTime()),
                instant(task.getDueDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
