package cn.jiandang.tasks;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/** A procedure's form for its user tasks; the task page picks the factory that supports the task. */
public interface TaskFormFactory {

    boolean supports(String processDefinitionKey, String taskDefinitionKey);

    /** The form; it calls {@code onCompleted} once its service completed the task. */
    Component create(TaskRef task, Runnable onCompleted);

    /**
     * The step's default decision if its tasks may be completed in bulk from the task list; only for steps whose
     * usual outcome needs no input beyond a comment. None by default.
     */
    default Optional<BulkAction> bulk(String processDefinitionKey, String taskDefinitionKey) {
        return Optional.empty();
    }
}
