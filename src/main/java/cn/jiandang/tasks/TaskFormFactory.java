package cn.jiandang.tasks;

import com.vaadin.flow.component.Component;

/** A procedure's form for its user tasks; the task page picks the factory that supports the task. */
public interface TaskFormFactory {

    boolean supports(String processDefinitionKey, String taskDefinitionKey);

    /** The form; it calls {@code onCompleted} once its service completed the task. */
    Component create(TaskRef task, Runnable onCompleted);
}
