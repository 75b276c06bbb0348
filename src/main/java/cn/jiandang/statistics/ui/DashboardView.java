package cn.jiandang.statistics.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.counts.HouseholdCounts;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.tasks.StepCount;
import cn.jiandang.tasks.TaskListService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/**
 * First dashboard: the four monitored categories (R13) in the officer's region and its open tasks by step,
 * drawn by Chart.js (a static script from its webjar, no frontend build), each with a table beside it that
 * works without the chart.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 3)
@PermitAll
@JavaScript("context://webjars/chart.js/4.4.1/dist/chart.umd.js")
@JavaScript("context://scripts/charts.js")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final List<Category> MONITORED_FOUR =
            List.of(Category.RETURNED, Category.NEWLY_POOR, Category.MONITORED, Category.MARGINAL);

    public DashboardView(HouseholdCounts counts, TaskListService tasks, RegionService regions, CurrentOfficer current) {
        Officer officer = current.require();
        addClassName("jd-page");
        Map<Category, Long> households = counts.households(officer.region());
        Map<Category, Long> persons = counts.persons(officer.region());
        List<CategoryRow> rows = MONITORED_FOUR.stream()
                .map(c -> new CategoryRow(Texts.of(c), households.get(c), persons.get(c)))
                .toList();
        List<StepCount> steps = tasks.openTasksByStep();

        H2 title = new H2(Texts.message("dashboard.title", regions.name(officer.region())));
        add(title);
        FlexLayout charts = new FlexLayout(
                panel(
                        getTranslation("dashboard.categories"),
                        chart(
                                "chart-categories",
                                "bar",
                                rows.stream().map(CategoryRow::category).toList(),
                                getTranslation("dashboard.households"),
                                rows.stream().map(CategoryRow::households).toList()),
                        categoryTable(rows)),
                panel(
                        getTranslation("dashboard.steps"),
                        chart(
                                "chart-steps",
                                "bar",
                                steps.stream()
                                        .map(s -> procedure(s) + "·" + step(s))
                                        .toList(),
                                getTranslation("dashboard.open"),
                                steps.stream().map(StepCount::open).toList()),
                        stepTable(steps)));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        add(charts);
    }

    private static Component panel(String title, Component chart, Component table) {
        VerticalLayout panel = new VerticalLayout(new H3(title), chart, table);
        panel.setWidth("36em");
        panel.setPadding(false);
        return panel;
    }

    private Component chart(String id, String type, List<String> labels, String series, List<Long> values) {
        Div box = new Div();
        box.setWidthFull();
        box.setHeight("16em");
        Html canvas = new Html("<canvas aria-hidden='true'></canvas>");
        box.add(canvas);
        box.setId(id);
        JsonObject config = Json.createObject();
        config.put("type", type);
        JsonObject data = Json.createObject();
        JsonArray labelArray = Json.createArray();
        labels.forEach(l -> labelArray.set(labelArray.length(), l));
        JsonArray valueArray = Json.createArray();
        values.forEach(v -> valueArray.set(valueArray.length(), v));
        JsonObject dataset = Json.createObject();
        dataset.put("label", series);
        dataset.put("data", valueArray);
        JsonArray datasets = Json.createArray();
        datasets.set(0, dataset);
        data.put("labels", labelArray);
        data.put("datasets", datasets);
        config.put("data", data);
        // the chart is drawn once the canvas is attached; without the script the table below still tells
        box.getElement()
                .executeJs("window.jiandangChart && window.jiandangChart(this.querySelector('canvas'), $0)", config);
        return box;
    }

    private Grid<CategoryRow> categoryTable(List<CategoryRow> rows) {
        Grid<CategoryRow> grid = new Grid<>();
        grid.addColumn(CategoryRow::category).setHeader(getTranslation("households.col.category"));
        grid.addColumn(CategoryRow::households).setHeader(getTranslation("dashboard.households"));
        grid.addColumn(CategoryRow::persons).setHeader(getTranslation("dashboard.persons"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("table-categories");
        return grid;
    }

    private Grid<StepCount> stepTable(List<StepCount> steps) {
        Grid<StepCount> grid = new Grid<>();
        grid.addColumn(DashboardView::procedure).setHeader(getTranslation("tasks.col.procedure"));
        grid.addColumn(DashboardView::step).setHeader(getTranslation("tasks.col.step"));
        grid.addColumn(StepCount::open).setHeader(getTranslation("dashboard.open"));
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("table-steps");
        return grid;
    }

    private static String procedure(StepCount s) {
        return Texts.procedure(s.processKey(), s.procedureName());
    }

    private static String step(StepCount s) {
        return Texts.step(s.processKey(), s.stepKey(), s.stepName());
    }

    /** One row of the category table. */
    public record CategoryRow(String category, long households, long persons) {}

    @Override
    public String getPageTitle() {
        return Texts.title("title.dashboard");
    }
}
