package cn.jiandang.tasks.ui;

import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.tasks.BulkAction;
import cn.jiandang.tasks.BulkCompletion;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final BulkCompletion bulk;
    private final String username;
    private final Grid<TaskRow> grid = new Grid<>();
    private final Tab mine = new Tab();
    private final Tab region = new Tab();
    private final Tabs tabs = new Tabs(mine, region);
    private final Select<String> procedure = new Select<>();
    private final TextField step = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final Span counter = new Span();
    private final Button bulkButton = new Button();

    public TaskListView(TaskListService tasks, WorkTasks work, BulkCompletion bulk, CurrentOfficer current) {
        this.tasks = tasks;
        this.work = work;
        this.bulk = bulk;
        this.username = current.require().username();
        addClassName("jd-page");
        setSizeFull();
        mine.setId("tab-mine");
        region.setId("tab-region");
        tabs.addSelectedChangeListener(e -> refresh());
        counter.setId("task-count");
        bulkButton.setId("tasks-bulk");
        bulkButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        bulkButton.addClickListener(e -> openBulk());
        HorizontalLayout bar = new HorizontalLayout(counter, bulkButton);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("tasks.title")), tabs, filters(), bar, grid());
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
        grid.addColumn(TaskRow::subject).setHeader(getTranslation("tasks.col.head")).setKey("subject");
        grid.addColumn(TaskRow::headIdMasked).setHeader(getTranslation("tasks.col.id")).setAutoWidth(true);
        grid.addColumn(TaskRow::villageName).setHeader(getTranslation("tasks.col.village"));
        grid.addColumn(TaskRow::categoryLabel).setHeader(getTranslation("tasks.col.category"));
        grid.addColumn(TaskRow::daysInStep).setHeader(getTranslation("tasks.col.days"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("tasks.col.due"));
        Grid.Column<TaskRow> actions = grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true)
                .setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> updateBulk());
        grid.addItemClickListener(e -> {
            // no column: the selection checkbox
            if (e.getColumn() != null && e.getColumn() != actions) {
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
            return new HorizontalLayout(claim, handOver(r));
        }
        if (username.equals(r.task().assignee())) {
            Button unclaim = new Button(getTranslation("tasks.unclaim"), e -> {
                work.unclaim(r.task().id());
                refresh();
            });
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(unclaim, handOver(r));
        }
        Span claimed = new Span(getTranslation("tasks.claimedBy", r.assigneeName()));
        claimed.setTitle(r.task().assignee());
        return claimed;
    }

    private Button handOver(TaskRow r) {
        Button handOver = new Button(getTranslation("tasks.handOver"),
                e -> new HandOverDialog(work, r.task().id(), r.task().name(), this::refresh).open());
        handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        handOver.addClassName("jd-handover");
        return handOver;
    }

    /** The bulk decision of the selection: only when every selected task is of one step that has one. */
    private Optional<BulkAction> bulkAction(Set<TaskRow> selected) {
        List<String> steps = selected.stream()
                .map(r -> r.task().processDefinitionKey() + "/" + r.task().taskDefinitionKey()).distinct().toList();
        if (steps.size() != 1) {
            return Optional.empty();
        }
        TaskRow any = selected.iterator().next();
        return bulk.actionFor(any.task().processDefinitionKey(), any.task().taskDefinitionKey());
    }

    private void updateBulk() {
        Set<TaskRow> selected = grid.getSelectedItems();
        Optional<BulkAction> action = bulkAction(selected);
        bulkButton.setVisible(!selected.isEmpty());
        bulkButton.setEnabled(action.isPresent());
        bulkButton.setText(action.map(a -> getTranslation("tasks.bulk.button", selected.size(), getTranslation(a.labelKey())))
                .orElse(getTranslation("tasks.bulk.unavailable")));
    }

    private void openBulk() {
        Set<TaskRow> selected = grid.getSelectedItems();
        bulkAction(selected).ifPresent(action -> {
            Map<String, String> described = new LinkedHashMap<>();
            selected.stream().sorted(java.util.Comparator.comparing((TaskRow r) -> r.task().created(),
                            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                    .forEach(r -> described.put(r.task().id(), describe(r)));
            new BulkDialog(bulk, action, described, this::refresh).open();
        });
    }

    /** How the officer recognises a task in the list: its step and household, or its case. */
    private String describe(TaskRow r) {
        String what = !r.headName().isEmpty() ? r.headName() + (r.villageName().isEmpty() ? "" : "（" + r.villageName() + "）")
                : !r.subject().isEmpty() ? r.subject() : getTranslation("tasks.case", r.task().caseId());
        return r.task().name() + " · " + what;
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
        grid.deselectAll();
        grid.setItems(q -> tasks.page(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) tasks.count(filter));
        updateBulk();
    }
}
