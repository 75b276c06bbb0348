package cn.jiandang.tasks;

import cn.jiandang.common.BusinessException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes many tasks of one step with the step's default decision ({@link TaskFormFactory#bulk}). Each task
 * goes through its procedure's service like a single completion and commits on its own: one that fails is
 * reported and leaves the others done.
 */
@Service
public class BulkCompletion {

    private static final Logger log = LoggerFactory.getLogger(BulkCompletion.class);

    private final WorkTasks work;
    private final ObjectProvider<TaskFormFactory> forms;

    BulkCompletion(WorkTasks work, ObjectProvider<TaskFormFactory> forms) {
        this.work = work;
        this.forms = forms;
    }

    /** The step's bulk decision, if it has one. */
    public Optional<BulkAction> actionFor(String processDefinitionKey, String taskDefinitionKey) {
        return forms.orderedStream()
                .filter(f -> f.supports(processDefinitionKey, taskDefinitionKey))
                .map(f -> f.bulk(processDefinitionKey, taskDefinitionKey))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Completes each task with its step's default decision and the comment. The tasks must all be of one step
     * that allows it; a task done by someone else meanwhile, or refused, is reported with the reason.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkResult complete(List<String> taskIds, String comment) {
        if (taskIds.isEmpty()) {
            throw BusinessException.invalid("请先选择要批量办理的任务");
        }
        List<BulkResult.Failure> failures = new ArrayList<>();
        Map<String, TaskRef> open = new LinkedHashMap<>();
        for (String id : taskIds) {
            attempt(id, failures, () -> open.put(id, work.open(id)));
        }
        if (open.values().stream()
                        .map(t -> t.processDefinitionKey() + "/" + t.taskDefinitionKey())
                        .distinct()
                        .count()
                > 1) {
            throw BusinessException.invalid("批量办理只能用于同一业务的同一环节，请只勾选同一环节的任务");
        }
        int completed = 0;
        if (!open.isEmpty()) {
            TaskRef first = open.values().iterator().next();
            BulkAction action = actionFor(first.processDefinitionKey(), first.taskDefinitionKey())
                    .orElseThrow(() -> BusinessException.invalid("“" + first.name() + "”环节不能批量办理，请逐项办理"));
            for (TaskRef task : open.values()) {
                if (attempt(task.id(), failures, () -> action.complete(task, comment))) {
                    completed++;
                }
            }
        }
        return new BulkResult(completed, failures);
    }

    private static boolean attempt(String taskId, List<BulkResult.Failure> failures, Runnable step) {
        try {
            step.run();
            return true;
        } catch (BusinessException e) {
            failures.add(new BulkResult.Failure(taskId, e.getMessage()));
        } catch (OptimisticLockingException e) {
            failures.add(new BulkResult.Failure(taskId, "该任务正由他人同时办理，请刷新任务列表后查看"));
        } catch (RuntimeException e) {
            log.error("Bulk completion of task {} failed", taskId, e);
            failures.add(new BulkResult.Failure(taskId, "系统出错，该任务未办理，请逐项办理"));
        }
        return false;
    }
}
