package cn.jiandang.tasks.ui;

import cn.jiandang.tasks.TaskRef;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

import java.util.Optional;

/**
 * Something another capability shows beside a task's form (e.g. the household's summary), so that the task page
 * needs no knowledge of it. The task page adds every aside that has something to say about the task.
 */
@NamedInterface("ui")
public interface TaskAside {

    /** The component for this task, or empty when the task is not about anything this aside shows. */
    Optional<Component> create(TaskRef task);
}
