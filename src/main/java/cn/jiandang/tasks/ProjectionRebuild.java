package cn.jiandang.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds {@code open_task} from the engine's public API: on demand, and on start when the table is empty while the
 * engine has open tasks (a database from before the projection, or one whose rows were lost). Pages of 500 tasks in
 * id order, one variable query per page and one identity-link query per task; one transaction, so a reader never sees
 * it half done. Normally never needed: {@link TaskProjection} keeps the table in step.
 */
@Service
@Order(1)
public class ProjectionRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final int PAGE = 500;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final OpenTaskStore store;
    private final TransactionTemplate tx;

    ProjectionRebuild(
            TaskService taskService, RuntimeService runtimeService, OpenTaskStore store, TransactionTemplate tx) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.isEmpty() && taskService.createTaskQuery().count() > 0) {
            long started = System.nanoTime();
            int n = rebuild();
            log.info(
                    "open_task rebuilt from the engine: {} tasks in {} ms",
                    n,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Replaces the projection with the engine's open tasks; returns how many. */
    public int rebuild() {
        Integer n = tx.execute(status -> replace());
        return n == null ? 0 : n;
    }

    private int replace() {
        store.deleteAll();
        int done = 0;
        while (true) {
            List<Task> tasks =
                    taskService.createTaskQuery().orderByTaskId().asc().listPage(done, PAGE);
            Map<String, Map<String, Object>> variables = variables(tasks);
            for (Task t : tasks) {
                if (t.getProcessInstanceId() != null) {
                    store.insert(of(t, variables.getOrDefault(t.getProcessInstanceId(), Map.of())));
                }
            }
            done += tasks.size();
            if (tasks.size() < PAGE) {
                return done;
            }
        }
    }

    private OpenTask of(Task t, Map<String, Object> variables) {
        List<String> groups = taskService.getIdentityLinksForTask(t.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
        return new OpenTask(
                t.getId(),
                t.getProcessInstanceId(),
                t.getProcessDefinitionId(),
                t.getTaskDefinitionKey(),
                t.getName(),
                TaskQueries.asLong(variables.get(TaskQueries.CASE_ID)),
                TaskQueries.asLong(variables.get(TaskQueries.HOUSEHOLD_ID)),
                OpenTask.regionOf(variables.get(TaskQueries.REGION_CODE)),
                groups,
                t.getAssignee(),
                t.getCreateTime() == null ? Instant.EPOCH : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }

    private Map<String, Map<String, Object>> variables(List<Task> tasks) {
        String[] instances = tasks.stream()
                .map(Task::getProcessInstanceId)
                .filter(id -> id != null)
                .distinct()
                .toArray(String[]::new);
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (instances.length == 0) {
            return byInstance;
        }
        for (VariableInstance v : runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(instances)
                .variableNameIn(TaskQueries.HOUSEHOLD_ID, TaskQueries.CASE_ID, TaskQueries.REGION_CODE)
                .list()) {
            byInstance
                    .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                    .put(v.getName(), v.getValue());
        }
        return byInstance;
    }
}
