package cn.jiandang.tasks.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.tasks.BulkCompletion;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskTotal;
import cn.jiandang.tasks.WorkTasks;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

/**
 * Where every officer lands: its tasks across all procedures ("mine") or every open task of its region
 * ({@link ScopeTabs}), with filters ({@link TaskFilterBar}), the count and the bulk decision ({@link BulkBar}) above
 * the tasks ({@link TaskGrid}). Every change of tab or filter counts and loads again.
 */
@Route("")
@RouteAlias("tasks")
@Menu(title = "menu.tasks", order = 1)
@PermitAll
public class TaskListView extends VerticalLayout implements HasDynamicTitle {

    private final TaskListService tasks;
    private final ScopeTabs tabs;
    private final TaskFilterBar filters;
    private final TaskGrid grid;
    private final BulkBar bar;

    public TaskListView(
            TaskListService tasks, WorkTasks work, BulkCompletion bulk, CurrentOfficer current, RegionService regions) {
        this.tasks = tasks;
        Officer officer = current.require();
        addClassName("jd-page");
        setSizeFull();
        tabs = new ScopeTabs(this::refresh);
        filters = new TaskFilterBar(tasks.procedures(), regions, officer.region(), this::refresh);
        grid = new TaskGrid(new TaskActions(work, officer.username(), this::refresh));
        bar = new BulkBar(bulk, grid::getSelectedItems, this::refresh);
        grid.addSelectionListener(e -> bar.update());
        add(new H2(getTranslation("tasks.title")), tabs, filters, bar, grid);
        refresh();
    }

    private void refresh() {
        TaskFilter filter = filters.filter(tabs.scope());
        // capped counts: a province's tab reads at most 1,001 index entries, and shows "1,000+"
        TaskTotal mineTotal = tasks.total(filter.withScope(TaskFilter.Scope.MINE), TaskListService.TOTAL_CAP);
        TaskTotal regionTotal = tasks.total(filter.withScope(TaskFilter.Scope.REGION), TaskListService.TOTAL_CAP);
        tabs.show(mineTotal, regionTotal);
        TaskTotal total = filter.scope() == TaskFilter.Scope.MINE ? mineTotal : regionTotal;
        bar.showTotal(total);
        grid.load(tasks, filter, total);
        bar.update();
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.tasks");
    }
}
