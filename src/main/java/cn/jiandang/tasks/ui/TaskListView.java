package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.tasks.BulkAction;
import cn.jiandang.tasks.BulkCompletion;
import cn.jiandang.tasks.TaskCursor;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskOrder;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.TaskSort;
import cn.jiandang.tasks.TaskTotal;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
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
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every officer lands: its tasks across all procedures ("mine") or every open task of its region,
 * with filters (procedure, step, village, overdue), loaded page by page from the engine (never everything into
 * memory). Step, days in step and due date are sorted by the engine's query; by default the most urgent first
 * (due soonest, so overdue tasks on top, then the longest waiting, see {@link TaskOrder#DEFAULT}). The other
 * columns come from outside the engine and cannot be sorted without loading everything, so they are not sortable.
 */
@Route("")
@RouteAlias("tasks")
@Menu(title = "menu.tasks", order = 1)
@PermitAll
public class TaskListView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private static final String COL_STEP = "step";
    private static final String COL_DAYS = "days";
    private static final String COL_DUE = "due";

    private final TaskListService tasks;
    private final RegionService regions;
    private final Officer officer;
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
    private final ComboBox<RegionView> village = new ComboBox<>();
    /** Township names of the villages the choice has shown, for their labels (village names repeat in a county). */
    private final Map<RegionCode, String> townships = new HashMap<>();

    private final Span counter = new Span();
    private final Button bulkButton = new Button();

    public TaskListView(
            TaskListService tasks, WorkTasks work, BulkCompletion bulk, CurrentOfficer current, RegionService regions) {
        this.tasks = tasks;
        this.work = work;
        this.bulk = bulk;
        this.regions = regions;
        this.officer = current.require();
        this.username = officer.username();
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
        procedure.setItemLabelGenerator(
                k -> k.isEmpty() ? getTranslation("tasks.all") : Texts.procedure(k, procedures.getOrDefault(k, k)));
        procedure.setValue("");
        procedure.setId("filter-procedure");
        step.setLabel(getTranslation("tasks.col.step"));
        step.setValueChangeMode(ValueChangeMode.LAZY);
        step.setClearButtonVisible(true);
        step.setId("filter-step");
        overdue.setLabel(getTranslation("tasks.overdueOnly"));
        overdue.setId("filter-overdue");
        village();
        procedure.addValueChangeListener(e -> refresh());
        step.addValueChangeListener(e -> refresh());
        village.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(procedure, step, village, overdue);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /**
     * The villages of the officer's region, fetched page by page as the officer scrolls or types (a province has
     * tens of thousands). A village officer has only his own village: the field is not shown.
     */
    private void village() {
        village.setLabel(getTranslation("tasklist.village"));
        village.setPlaceholder(getTranslation("tasklist.village.all"));
        village.setClearButtonVisible(true);
        village.setId("filter-village");
        village.setVisible(officer.region().level() != RegionLevel.VILLAGE);
        RegionCode root = officer.region();
        boolean aboveTownship = root.level().ordinal() < RegionLevel.TOWNSHIP.ordinal();
        village.setItems(
                q -> {
                    List<RegionView> page =
                            regions.villagesUnder(root, q.getFilter().orElse(""), q.getOffset(), q.getLimit());
                    if (aboveTownship) {
                        townships.putAll(regions.names(page.stream()
                                .map(RegionView::parent)
                                .filter(p -> p != null && !townships.containsKey(p))
                                .distinct()
                                .toList()));
                    }
                    return page.stream();
                },
                q -> regions.countVillagesUnder(root, q.getFilter().orElse("")));
        village.setItemLabelGenerator(v -> aboveTownship && v.parent() != null && townships.containsKey(v.parent())
                ? getTranslation("tasklist.village.label", v.name(), townships.get(v.parent()))
                : v.name());
    }

    private Grid<TaskRow> grid() {
        grid.addColumn(TaskListView::stepName)
                .setHeader(getTranslation("tasks.col.step"))
                .setAutoWidth(true)
                .setKey(COL_STEP)
                .setSortProperty(COL_STEP);
        grid.addColumn(r -> Texts.procedure(r.task().processDefinitionKey(), r.procedureName()))
                .setHeader(getTranslation("tasks.col.procedure"))
                .setAutoWidth(true);
        Texts.data(grid.addColumn(TaskRow::subject)
                .setHeader(getTranslation("tasks.col.head"))
                .setKey("subject"));
        grid.addColumn(TaskRow::headIdMasked)
                .setHeader(getTranslation("tasks.col.id"))
                .setAutoWidth(true);
        Texts.data(grid.addColumn(TaskRow::villageName).setHeader(getTranslation("tasks.col.village")));
        grid.addColumn(r -> r.headName().isEmpty() ? "" : Texts.label(r.categoryKey(), r.categoryLabel()))
                .setHeader(getTranslation("tasks.col.category"));
        grid.addColumn(TaskRow::daysInStep)
                .setHeader(getTranslation("tasks.col.days"))
                .setKey(COL_DAYS)
                .setSortProperty(COL_DAYS)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<TaskRow> dueColumn = grid.addComponentColumn(this::due)
                .setHeader(getTranslation("tasks.col.due"))
                .setKey(COL_DUE)
                .setSortProperty(COL_DUE)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<TaskRow> actions = grid.addComponentColumn(this::actions)
                .setHeader("")
                .setAutoWidth(true)
                .setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // a task the officer only watches is never offered for a bulk decision the service would refuse
        grid.setItemSelectableProvider(TaskRow::mayAct);
        grid.addSelectionListener(e -> updateBulk());
        grid.addItemClickListener(e -> {
            // no column: the selection checkbox
            if (e.getColumn() != null && e.getColumn() != actions) {
                open(e.getItem());
            }
        });
        grid.setId("tasks");
        grid.setSizeFull();
        // the default order, shown on its column: due soonest (overdue) first
        grid.sort(List.of(new GridSortOrder<>(dueColumn, SortDirection.ASCENDING)));
        return grid;
    }

    /** The grid's sort (a column's header) as the engine's order; no sort: the service's default order. */
    private static List<TaskOrder> order(List<QuerySortOrder> sortOrders) {
        List<TaskOrder> order = new ArrayList<>();
        for (QuerySortOrder o : sortOrders) {
            boolean ascending = o.getDirection() == SortDirection.ASCENDING;
            switch (o.getSorted()) {
                case COL_STEP -> order.add(new TaskOrder(TaskSort.STEP, ascending));
                // fewest days in the step first = the most recently created first
                case COL_DAYS -> order.add(new TaskOrder(TaskSort.CREATED, !ascending));
                case COL_DUE -> order.add(new TaskOrder(TaskSort.DUE, ascending));
                default -> {
                    // not sortable in the engine's query
                }
            }
        }
        return order;
    }

    private Component due(TaskRow r) {
        Span due = new Span(r.due() == null ? "" : DAY.format(r.due()));
        if (r.overdue()) {
            due.setText(due.getText() + " " + getTranslation("tasks.overdue"));
            due.addClassNames("jd-badge", "jd-badge-overdue");
        }
        return due;
    }

    /** The task's page if the officer may work on it; a task it only watches opens its household, if any. */
    private void open(TaskRow r) {
        if (r.mayAct()) {
            getUI().ifPresent(ui -> ui.navigate("task/" + r.task().id()));
        } else if (r.task().householdId() != null) {
            getUI().ifPresent(ui -> ui.navigate("household/" + r.task().householdId()));
        }
    }

    private Component actions(TaskRow r) {
        if (!r.mayAct()) {
            // watched, not acted on: who has it, never a button the service would refuse
            Span watched = r.task().assignee() == null
                    ? new Span(getTranslation("tasks.watched"))
                    : Texts.message("tasks.claimedBy", r.assigneeName());
            watched.addClassName("jd-muted");
            watched.setTitle(getTranslation("tasks.watched.help"));
            return watched;
        }
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
        Span claimed = Texts.message("tasks.claimedBy", r.assigneeName());
        claimed.setTitle(r.task().assignee());
        return claimed;
    }

    private Button handOver(TaskRow r) {
        Button handOver = new Button(
                getTranslation("tasks.handOver"),
                e -> new HandOverDialog(work, r.task().id(), stepName(r), this::refresh).open());
        handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        handOver.addClassName("jd-handover");
        return handOver;
    }

    /** The bulk decision of the selection: only when every selected task is of one step that has one. */
    private Optional<BulkAction> bulkAction(Set<TaskRow> selected) {
        if (selected.stream().anyMatch(r -> !r.mayAct())) {
            return Optional.empty();
        }
        List<String> steps = selected.stream()
                .map(r -> r.task().processDefinitionKey() + "/" + r.task().taskDefinitionKey())
                .distinct()
                .toList();
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
        bulkButton.setText(
                action.map(a -> getTranslation("tasks.bulk.button", selected.size(), getTranslation(a.labelKey())))
                        .orElse(getTranslation("tasks.bulk.unavailable")));
    }

    private void openBulk() {
        Set<TaskRow> selected = grid.getSelectedItems();
        bulkAction(selected).ifPresent(action -> {
            Map<String, String> described = new LinkedHashMap<>();
            selected.stream()
                    .sorted(Comparator.comparing(
                            (TaskRow r) -> r.task().created(), Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(r -> described.put(r.task().id(), describe(r)));
            new BulkDialog(bulk, action, described, this::refresh).open();
        });
    }

    /** The step's name in the officer's language. */
    private static String stepName(TaskRow r) {
        return Texts.step(
                r.task().processDefinitionKey(),
                r.task().taskDefinitionKey(),
                r.task().name());
    }

    /** How the officer recognises a task in the list: its step and household, or its case. */
    private String describe(TaskRow r) {
        String what = !r.headName().isEmpty()
                ? r.headName() + (r.villageName().isEmpty() ? "" : "（" + r.villageName() + "）")
                : !r.subject().isEmpty()
                        ? r.subject()
                        : getTranslation("tasks.case", r.task().caseId());
        return stepName(r) + " · " + what;
    }

    private TaskFilter filter() {
        TaskFilter.Scope scope = tabs.getSelectedTab() == region ? TaskFilter.Scope.REGION : TaskFilter.Scope.MINE;
        return TaskFilter.of(
                scope,
                procedure.getValue() == null || procedure.getValue().isEmpty() ? null : procedure.getValue(),
                step.getValue(),
                overdue.getValue(),
                village.getValue() == null ? null : village.getValue().code());
    }

    private void refresh() {
        TaskFilter filter = filter();
        // capped counts: a province's tab reads at most 1,001 index entries, and shows "1,000+"
        TaskTotal mineTotal = tasks.total(filter.withScope(TaskFilter.Scope.MINE), TaskListService.TOTAL_CAP);
        TaskTotal regionTotal = tasks.total(filter.withScope(TaskFilter.Scope.REGION), TaskListService.TOTAL_CAP);
        mine.setLabel(getTranslation("tasks.tab.mine", shown(mineTotal)));
        region.setLabel(getTranslation("tasks.tab.region", shown(regionTotal)));
        TaskTotal total = filter.scope() == TaskFilter.Scope.MINE ? mineTotal : regionTotal;
        counter.setText(
                total.count() == 0 ? getTranslation("tasks.empty") : getTranslation("tasks.count", shown(total)));
        grid.deselectAll();
        PageCursors cursors = new PageCursors();
        CallbackDataProvider.FetchCallback<TaskRow, Void> fetch = q -> {
            List<TaskOrder> order = order(q.getSortOrders());
            TaskCursor after = order.isEmpty() ? cursors.at(q.getOffset()) : null;
            List<TaskRow> rows = after != null || (order.isEmpty() && q.getOffset() == 0)
                    ? tasks.page(filter, after, q.getLimit())
                    : tasks.page(filter, order, q.getOffset(), q.getLimit());
            cursors.remember(q.getOffset(), rows);
            return rows.stream();
        };
        if (total.capped()) {
            // more than the cap: the grid scrolls on without a total (Vaadin's undefined size)
            grid.setItems(fetch);
        } else {
            // the tab's count was just taken: the grid's first count uses it instead of asking again; later ones ask
            long[] counted = {total.count()};
            grid.setItems(fetch, q -> {
                long n = counted[0] >= 0 ? counted[0] : tasks.count(filter);
                counted[0] = -1;
                return (int) n;
            });
        }
        updateBulk();
    }

    private static String shown(TaskTotal total) {
        return String.format("%,d", total.count()) + (total.capped() ? "+" : "");
    }

    /** Where each page fetched so far ended, by the offset of the page after it: the next page is read by key. */
    private static final class PageCursors {
        private final Map<Integer, TaskCursor> byOffset = new HashMap<>();

        TaskCursor at(int offset) {
            return byOffset.get(offset);
        }

        void remember(int offset, List<TaskRow> rows) {
            if (!rows.isEmpty()) {
                byOffset.put(offset + rows.size(), TaskCursor.after(rows.get(rows.size() - 1)));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.tasks");
    }
}
