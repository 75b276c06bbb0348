package cn.jiandang.tasks.ui;

import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where every officer lands: its tasks across all procedures ("mine") or every open task of its region,
 * with filters, loaded page by page from the engine (never everything into memory).
 */
@Route("")
@RouteAlias("tasks")
@PageTitle("我的任务 · 建档")
@Menu(title = "menu.tasks", order = 1)
@PermitAll
public class TaskListView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final TaskListService tasks;
    private final WorkTasks work;
    private final String username;
    private final Grid<TaskRow> grid = new Grid<>();
    private final Tab mine = new Tab();
    private final Tab region = new Tab();
    private final Tabs tabs = new Tabs(mine, region);
    private final Select<String> procedure = new Select<>();
    private final TextField step = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final Span counter = new Span();

    public TaskListView(TaskListService tasks, WorkTasks work, CurrentOfficer current) {
        this.tasks = tasks;
        this.work = work;
        this.username = current.require().username();
        addClassName("jd-page");
        setSizeFull();
        mine.setId("tab-mine");
        region.setId("tab-region");
        tabs.addSelectedChangeListener(e -> refresh());
        counter.setId("task-count");
        add(new H2(getTranslation("tasks.title")), tabs, filters(), counter, grid());
        refresh();
    }

    private Component filters() {
        Map<String, String> procedures = tasks.procedures();
        List<String> keys = new ArrayList<>();
        keys.add("");
        keys.addAll(procedures.keySet());
        procedure.setLabel(getTranslation("tasks.col.procedure"));
        procedure.setItems(keys);
        procedure.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("tasks.all") : procedures.getOrDefault(k, k));
        procedure.setValue("");
        procedure.setId("filter-procedure");
        step.setLabel(getTranslation("tasks.col.step"));
        step.setValueChangeMode(ValueChangeMode.LAZY);
        step.setClearButtonVisible(true);
        step.setId("filter-step");
        overdue.setLabel(getTranslation("tasks.overdueOnly"));
        overdue.setId("filter-overdue");
        procedure.addValueChangeListener(e -> refresh());
        step.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(procedure, step, overdue);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<TaskRow> grid() {
        grid.addColumn(r -> r.task().name()).setHeader(getTranslation("tasks.col.step")).setAutoWidth(true);
        grid.addColumn(TaskRow::procedureName).setHeader(getTranslation("tasks.col.procedure")).setAutoWidth(true);
        grid.addColumn(TaskRow::headName).setHeader(getTranslation("tasks.col.head"));
        grid.addColumn(TaskRow::headIdMasked).setHeader(getTranslation("tasks.col.id")).setAutoWidth(true);
        grid.addColumn(TaskRow::villageName).setHeader(getTranslation("tasks.col.village"));
        grid.addColumn(TaskRow::categoryLabel).setHeader(getTranslation("tasks.col.category"));
        grid.addColumn(TaskRow::daysInStep).setHeader(getTranslation("tasks.col.days"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.col.due"));
        Grid.Column<TaskRow> actions = grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != actions) {
                getUI().ifPresent(ui -> ui.navigate("task/" + e.getItem().task().id()));
            }
        });
        grid.setId("tasks");
        grid.setSizeFull();
        return grid;
    }

    private Component due(TaskRow r) {
        Span due = new Span(r.due() == null ? "" : DAY.format(r.due()));
        if (r.overdue()) {
            due.setText(due.getText() + " " + getTranslation("tasks.overdue"));
            due.addClassNames("jd-badge", "jd-badge-overdue");
        }
        return due;
    }

    private Component actions(TaskRow r) {
        if (r.task().assignee() == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> {
                work.claim(r.task().id());
                refresh();
            });
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return claim;
        }
        if (username.equals(r.task().assignee())) {
            Button unclaim = new Button(getTranslation("tasks.unclaim"), e -> {
                work.unclaim(r.task().id());
                refresh();
            });
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return unclaim;
        }
        return new Span(getTranslation("tasks.claimedBy", r.task().assignee()));
    }

    private TaskFilter filter() {
        TaskFilter.Scope scope = tabs.getSelectedTab() == region ? TaskFilter.Scope.REGION : TaskFilter.Scope.MINE;
        return new TaskFilter(scope, procedure.getValue() == null || procedure.getValue().isEmpty() ? null
                : procedure.getValue(), step.getValue(), overdue.getValue());
    }

    private void refresh() {
        TaskFilter filter = filter();
        long mineCount = tasks.count(filter.withScope(TaskFilter.Scope.MINE));
        long regionCount = tasks.count(filter.withScope(TaskFilter.Scope.REGION));
        mine.setLabel(getTranslation("tasks.tab.mine", mineCount));
        region.setLabel(getTranslation("tasks.tab.region", regionCount));
        long shown = filter.scope() == TaskFilter.Scope.MINE ? mineCount : regionCount;
        counter.setText(shown == 0 ? getTranslation("tasks.empty") : getTranslation("tasks.count", shown));
        grid.setItems(q -> tasks.page(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) tasks.count(filter));
    }
}
