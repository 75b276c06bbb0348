package cn.jiandang.tasks.ui;

import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Where every officer lands: its tasks across all procedures, page by page from the engine. */
@Route("")
@RouteAlias("tasks")
@PageTitle("我的任务 · 建档")
@Menu(title = "menu.tasks", order = 1)
@PermitAll
public class TaskListView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    public TaskListView(TaskListService tasks) {
        addClassName("jd-page");
        setSizeFull();
        long count = tasks.count();
        Span counter = new Span(count == 0 ? getTranslation("tasks.empty") : getTranslation("tasks.count", count));
        counter.setId("task-count");

        Grid<TaskRow> grid = new Grid<>();
        grid.addColumn(r -> r.task().name()).setHeader(getTranslation("tasks.col.step")).setAutoWidth(true);
        grid.addColumn(TaskRow::procedureName).setHeader(getTranslation("tasks.col.procedure")).setAutoWidth(true);
        grid.addColumn(TaskRow::headName).setHeader(getTranslation("tasks.col.head"));
        grid.addColumn(TaskRow::headIdMasked).setHeader(getTranslation("tasks.col.id")).setAutoWidth(true);
        grid.addColumn(TaskRow::villageName).setHeader(getTranslation("tasks.col.village"));
        grid.addColumn(TaskRow::categoryLabel).setHeader(getTranslation("tasks.col.category"));
        grid.addColumn(TaskRow::daysInStep).setHeader(getTranslation("tasks.col.days"));
        grid.addComponentColumn(r -> {
            Span due = new Span(r.due() == null ? "" : DAY.format(r.due()));
            if (r.overdue()) {
                due.setText(due.getText() + " " + getTranslation("tasks.overdue"));
                due.addClassNames("jd-badge", "jd-badge-overdue");
            }
            return due;
        }).setHeader(getTranslation("tasks.col.due"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> tasks.page(q.getOffset(), q.getLimit()).stream(), q -> (int) tasks.count());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("task/" + e.getItem().task().id())));
        grid.setId("tasks");
        grid.setSizeFull();
        add(new H2(getTranslation("tasks.title")), counter, grid);
    }
}
