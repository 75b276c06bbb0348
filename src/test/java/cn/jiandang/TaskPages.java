package cn.jiandang;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens a procedure's task page by case and step, runs its timers, and checks what a form shows beside a field.
 * A bean of the shared test context (found by the application's component scan): tests autowire it.
 */
@Component
public final class TaskPages {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    public TaskPages(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    /** The open task of the step, matched by process key AND case id (case ids of procedures collide). */
    public Optional<Task> task(String processKey, long caseId, String step) {
        return tasks
                .createTaskQuery()
                .processDefinitionKey(processKey)
                .processVariableValueEquals("caseId", caseId)
                .taskDefinitionKey(step)
                .list()
                .stream()
                .findFirst();
    }

    /** Navigates to the step's task page (log in first). */
    public void open(String processKey, long caseId, String step) {
        Task task = task(processKey, caseId, step).orElseThrow(() -> new AssertionError("no open task " + step));
        UI.getCurrent().navigate("task/" + task.getId());
    }

    public void executeTimer(String processKey, long caseId, String activityId) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals("caseId", caseId)
                .singleResult()
                .getId();
        management.executeJob(
                management.createJobQuery().timers().activityId(activityId).processInstanceId(instance).list().stream()
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no timer " + activityId))
                        .getId());
    }

    public static void submit() {
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
    }

    public static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field is invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }
}
