package cn.jiandang.tasks;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who holds a task: the claim that makes an officer its only holder and, when a task is gone or held, whom the
 * others are told about. Of two officers completing the same task at once, the second one's claim waits for the
 * first one's transaction on the task's row and then fails (the engine's optimistic lock): one wins, nothing of the
 * other is saved, and the other learns who.
 */
@Component
class TaskHolders {

    /** The engine's delete reason of a completed task (as opposed to one withdrawn with its procedure). */
    private static final String COMPLETED = "completed";

    private final TaskService taskService;
    private final HistoryService history;
    private final TransactionTemplate committedOnly;

    TaskHolders(TaskService taskService, HistoryService history, PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.history = history;
        this.committedOnly = new TransactionTemplate(transactions);
        this.committedOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.committedOnly.setReadOnly(true);
    }

    /** Claims the task in the caller's transaction; taken or gone meanwhile, says who has it. */
    void claim(String taskId, String username) {
        asHolder(taskId, () -> taskService.claim(taskId, username));
    }

    /**
     * Runs {@code change} of the task (a claim, a completion) as its holder: when the engine refuses it because the
     * task was taken or completed meanwhile, or is gone, says who has it.
     */
    void asHolder(String taskId, Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingException | TaskAlreadyClaimedException | NullValueException e) {
            throw goneAfterConflict(taskId);
        }
    }

    /**
     * As {@link #gone}, after the engine refused this transaction's change of the task: the engine has by then
     * written its history row of the task in this transaction (it is rolled back with it), so the answer is read
     * in a transaction of its own, from what the winner committed. Reads never wait in PostgreSQL or H2; it takes a
     * second pooled connection only on this rare path.
     */
    TaskGoneException goneAfterConflict(String taskId) {
        return committedOnly.execute(status -> gone(taskId));
    }

    /**
     * The task is gone or being done by someone else: say who, from the history. A task withdrawn with its
     * procedure names no one.
     */
    TaskGoneException gone(String taskId) {
        HistoricTaskInstance done =
                history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null || done.getAssignee() == null) {
            return new TaskGoneException();
        }
        if (done.getEndTime() == null) {
            return new TaskGoneException(done.getAssignee(), false);
        }
        return COMPLETED.equals(done.getDeleteReason())
                ? new TaskGoneException(done.getAssignee(), true)
                : new TaskGoneException();
    }
}
