package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.tasks.ProcedureHistory;
import cn.jiandang.tasks.TaskFormFactory;
import cn.jiandang.tasks.TaskGoneException;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** One task: its form, with what the task is about beside it (e.g. the household's summary, see {@link TaskAside}). */
@Route("task/:taskId")
@PermitAll
public class TaskView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkTasks tasks;
    private final List<TaskAside> asides;
    private final List<TaskFormFactory> forms;
    private final ProcedureHistory history;
    private final TimelineGrid timeline;

    public TaskView(
            WorkTasks tasks,
            List<TaskAside> asides,
            List<TaskFormFactory> forms,
            ProcedureHistory history,
            TimelineGrid timeline) {
        this.tasks = tasks;
        this.history = history;
        this.timeline = timeline;
        this.asides = asides;
        this.forms = forms;
        addClassName("jd-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TaskRef task;
        try {
            task = tasks.open(event.getRouteParameters().get("taskId").orElse(""));
        } catch (TaskGoneException gone) {
            // an old link or a colleague was faster: say who, and go back to the list instead of an error page
            Notification.show(gone.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            event.forwardTo(TaskListView.class);
            return;
        }
        removeAll();
        String stepName = Texts.step(task.processDefinitionKey(), task.taskDefinitionKey(), task.name());
        // whoever may open the task may work on it, and so hand it over
        Button handOver = new Button(
                getTranslation("tasks.handOver"),
                e -> new HandOverDialog(
                                tasks,
                                task.id(),
                                stepName,
                                () -> getUI().ifPresent(ui -> ui.navigate(TaskListView.class)))
                        .open());
        handOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        handOver.setId("task-handover");
        VerticalLayout main = new VerticalLayout(new H2(stepName), handOver);
        main.setPadding(false);
        main.setFlexGrow(1);
        main.setMinWidth("28em");
        Component form = forms.stream()
                .filter(f -> f.supports(task.processDefinitionKey(), task.taskDefinitionKey()))
                .findFirst()
                .map(f -> f.create(task, this::completed))
                .orElseGet(() -> new Paragraph(getTranslation("polish.task.noForm", stepName)));
        main.add(form);
        // the case so far: every step of this procedure with its comments and files (minutes, notice photos...)
        var steps = history.forProcessInstance(task.processInstanceId());
        if (!steps.isEmpty()) {
            var grid = timeline.grid(getUI().orElse(UI.getCurrent()), steps, false);
            grid.setId("task-timeline");
            main.add(new H3(getTranslation("attach.task.timeline")), grid);
        }
        add(main);
        asides.forEach(aside -> aside.create(task).ifPresent(this::add));
    }

    private void completed() {
        Notification.show(getTranslation("task.done"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.task");
    }
}
