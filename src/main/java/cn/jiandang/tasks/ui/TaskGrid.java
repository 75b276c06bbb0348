package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskOrder;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.TaskSort;
import cn.jiandang.tasks.TaskTotal;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks, loaded page by page (never everything into memory). Step, days in step and due date are sorted by the
 * engine's query; by default the most urgent first (due soonest, so overdue tasks on top, then the longest waiting,
 * see {@link TaskOrder#DEFAULT}). The other columns come from outside the engine and cannot be sorted without loading
 * everything, so they are not sortable. A click opens the task, or the household of a task the officer only watches.
 */
class TaskGrid extends Grid<TaskRow> {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private static final String COL_STEP = "step";
    private static final String COL_DAYS = "days";
    private static final String COL_DUE = "due";

    TaskGrid(TaskActions actions) {
        addColumn(TaskRowLabels::step)
                .setHeader(getTranslation("tasks.col.step"))
                .setAutoWidth(true)
                .setKey(COL_STEP)
                .setSortProperty(COL_STEP);
        addColumn(r -> Texts.procedure(r.task().processDefinitionKey(), r.procedureName()))
                .setHeader(getTranslation("tasks.col.procedure"))
                .setAutoWidth(true);
        Texts.data(addColumn(TaskRow::subject)
                .setHeader(getTranslation("tasks.col.head"))
                .setKey("subject"));
        addColumn(TaskRow::headIdMasked)
                .setHeader(getTranslation("tasks.col.id"))
                .setAutoWidth(true);
        Texts.data(addColumn(TaskRow::villageName).setHeader(getTranslation("tasks.col.village")));
        addColumn(r -> r.headName().isEmpty() ? "" : Texts.label(r.categoryKey(), r.categoryLabel()))
                .setHeader(getTranslation("tasks.col.category"));
        addColumn(TaskRow::daysInStep)
                .setHeader(getTranslation("tasks.col.days"))
                .setKey(COL_DAYS)
                .setSortProperty(COL_DAYS)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // text cells of one Lit template instead of a component per cell (issue 14, P3)
        Column<TaskRow> dueColumn = addColumn(LitRenderer.<TaskRow>of("<span class=${item.dueClass}>${item.due}</span>")
                        .withProperty("due", this::due)
                        .withProperty("dueClass", r -> r.overdue() ? "jd-badge jd-badge-overdue" : ""))
                .setHeader(getTranslation("tasks.col.due"))
                .setKey(COL_DUE)
                .setSortProperty(COL_DUE)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Column<TaskRow> actionColumn =
                addColumn(actions.renderer()).setHeader("").setAutoWidth(true).setKey("actions");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSelectionMode(SelectionMode.MULTI);
        // a task the officer only watches is never offered for a bulk decision the service would refuse
        setItemSelectableProvider(TaskRow::mayAct);
        addItemClickListener(e -> {
            // no column: the selection checkbox
            if (e.getColumn() != null && e.getColumn() != actionColumn) {
                open(e.getItem());
            }
        });
        setId("tasks");
        setSizeFull();
        // the default order, shown on its column: due soonest (overdue) first
        sort(List.of(new GridSortOrder<>(dueColumn, SortDirection.ASCENDING)));
    }

    /**
     * Shows the tasks of the filter, whose total was just counted: the grid's first count uses it instead of asking
     * again (later ones ask); above the cap the grid scrolls on without a total (Vaadin's undefined size).
     */
    void load(TaskListService tasks, TaskFilter filter, TaskTotal total) {
        deselectAll();
        TaskPageFetch fetch = new TaskPageFetch(tasks, filter);
        if (total.capped()) {
            setItems(fetch);
        } else {
            long[] counted = {total.count()};
            setItems(fetch, q -> {
                long n = counted[0] >= 0 ? counted[0] : tasks.count(filter);
                counted[0] = -1;
                return (int) n;
            });
        }
    }

    /** The grid's sort (a column's header) as the engine's order; no sort: the service's default order. */
    static List<TaskOrder> order(List<QuerySortOrder> sortOrders) {
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

    private String due(TaskRow r) {
        String day = r.due() == null ? "" : DAY.format(r.due());
        return r.overdue() ? day + " " + getTranslation("tasks.overdue") : day;
    }

    /** The task's page if the officer may work on it; a task it only watches opens its household, if any. */
    private void open(TaskRow r) {
        if (r.mayAct()) {
            getUI().ifPresent(ui -> ui.navigate("task/" + r.task().id()));
        } else if (r.task().householdId() != null) {
            getUI().ifPresent(ui -> ui.navigate("household/" + r.task().householdId()));
        }
    }
}
