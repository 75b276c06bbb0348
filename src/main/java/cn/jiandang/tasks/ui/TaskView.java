package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdSection;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.ProcedureHistory;
import cn.jiandang.tasks.TaskFormFactory;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

/** One task: its form, with the household beside it (the household page's sections, read-only, collapsible). */
@Route("task/:taskId")
@PermitAll
public class TaskView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many of the household's sections are open at first (profile, members, category history, incomes). */
    private static final int OPEN_SECTIONS = 4;

    private final WorkTasks tasks;
    private final HouseholdService households;
    private final RegionService regions;
    private final List<TaskFormFactory> forms;
    private final ProcedureHistory history;
    private final TimelineSection timeline;
    private final List<HouseholdSection> sections;

    public TaskView(
            WorkTasks tasks,
            HouseholdService households,
            RegionService regions,
            List<TaskFormFactory> forms,
            ProcedureHistory history,
            TimelineSection timeline,
            List<HouseholdSection> sections) {
        this.tasks = tasks;
        this.history = history;
        this.timeline = timeline;
        this.households = households;
        this.regions = regions;
        this.forms = forms;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(HouseholdSection::order))
                .toList();
        addClassName("jd-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TaskRef task = tasks.open(event.getRouteParameters().get("taskId").orElse(""));
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
            var grid = timeline.grid(getUI().orElse(com.vaadin.flow.component.UI.getCurrent()), steps, false);
            grid.setId("task-timeline");
            main.add(new H3(getTranslation("attach.task.timeline")), grid);
        }
        add(main);
        if (task.householdId() != null) {
            add(householdPanel(households.details(task.householdId())));
        }
    }

    private void completed() {
        Notification.show(getTranslation("task.done"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
    }

    /**
     * The household beside the form, read-only: the household page's own sections that are meant for it (profile,
     * members, category history, incomes, earlier procedures with their files), each collapsible. The first ones are
     * open; a closed one is built only when it is opened.
     */
    private Component householdPanel(HouseholdDetails h) {
        VerticalLayout box = new VerticalLayout();
        box.setWidth("30em");
        box.setFlexShrink(0);
        box.addClassName("jd-task-household");
        Paragraph head = new Paragraph(
                Texts.data(new Span(h.headName())), new Span(" · " + Texts.of(Category.class, h.category())));
        Anchor page = new Anchor("household/" + h.id(), getTranslation("household.title"));
        page.setId("task-household-page");
        box.add(
                new H3(getTranslation("task.household")),
                head,
                Texts.data(new Paragraph(regions.path(h.villageCode()))));
        int shown = 0;
        for (HouseholdSection section : sections) {
            if (!section.onTaskPage()) {
                continue;
            }
            Details details = new Details(getTranslation(section.titleKey()));
            details.setWidthFull();
            details.setId("task-household-" + section.titleKey().replace('.', '-'));
            Runnable fill = () -> {
                if (details.getContent().findAny().isEmpty()) {
                    details.add(section.create(h));
                }
            };
            if (shown++ < OPEN_SECTIONS) {
                details.setOpened(true);
                fill.run();
            } else {
                details.addOpenedChangeListener(e -> {
                    if (e.isOpened()) {
                        fill.run();
                    }
                });
            }
            box.add(details);
        }
        box.add(page);
        box.setId("task-household");
        return box;
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.task");
    }
}
