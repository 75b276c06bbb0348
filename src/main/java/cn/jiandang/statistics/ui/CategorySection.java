package cn.jiandang.statistics.ui;

import cn.jiandang.household.Category;
import cn.jiandang.statistics.CategoryFigures;
import cn.jiandang.statistics.ExportTable;
import cn.jiandang.statistics.RegionFigures;
import cn.jiandang.statistics.StatisticsExport;
import cn.jiandang.statistics.StatisticsService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.List;

/**
 * The four categories of the region on the day: a card each (households linking to the household list, persons,
 * change since the day before and since 1 May) and a table with the day's flows, exportable.
 */
class CategorySection extends VerticalLayout {

    /** One category's row: the day's figures and the changes against the two comparison days. */
    record Row(Category category, CategoryFigures figures, String sinceYesterday, String sinceMay) {}

    CategorySection(
            RegionFigures today, RegionFigures yesterday, RegionFigures may, LocalDate day, StatisticsExport export) {
        setPadding(false);
        List<Row> rows = StatisticsService.FOUR.stream()
                .map(c -> new Row(
                        c,
                        today.of(c),
                        StatsTexts.delta(
                                this,
                                today.of(c).households(),
                                yesterday == null ? null : yesterday.of(c).households()),
                        StatsTexts.delta(
                                this,
                                today.of(c).households(),
                                may == null ? null : may.of(c).households())))
                .toList();
        Div cards = new Div();
        cards.addClassName("jd-stat-cards");
        rows.forEach(r -> cards.add(card(r, today)));
        Grid<Row> grid = table(rows);
        add(
                cards,
                new H3(getTranslation("stats.categories")),
                grid,
                ExportLink.of(this, "export-categories", export, () -> export(rows, today, day)));
    }

    private Div card(Row r, RegionFigures region) {
        Div card = new Div();
        card.addClassName("jd-stat-card");
        card.setId("card-" + r.category().name());
        Anchor value = new Anchor(
                StatsTexts.households(region.code(), r.category()),
                String.valueOf(r.figures().households()));
        value.addClassName("jd-stat-value");
        card.add(
                new Div(new Span(StatsTexts.category(this, r.category()))),
                new Div(value),
                line(getTranslation("stats.persons"), String.valueOf(r.figures().persons())),
                line(getTranslation("stats.sinceYesterday"), r.sinceYesterday()),
                line(getTranslation("stats.sinceMay"), r.sinceMay()));
        return card;
    }

    private static Div line(String label, String value) {
        Div line = new Div(new Span(label + ": " + value));
        line.addClassName("jd-stat-line");
        return line;
    }

    private Grid<Row> table(List<Row> rows) {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(r -> StatsTexts.category(this, r.category())).setHeader(getTranslation("stats.category"));
        grid.addColumn(r -> r.figures().households()).setHeader(getTranslation("stats.households"));
        grid.addColumn(r -> r.figures().persons()).setHeader(getTranslation("stats.persons"));
        grid.addColumn(Row::sinceYesterday).setHeader(getTranslation("stats.sinceYesterday"));
        grid.addColumn(Row::sinceMay).setHeader(getTranslation("stats.sinceMay"));
        grid.addColumn(r -> r.figures().entered()).setHeader(getTranslation("stats.entered"));
        grid.addColumn(r -> r.figures().left()).setHeader(getTranslation("stats.left"));
        grid.addColumn(r -> r.figures().helped()).setHeader(getTranslation("stats.helped"));
        grid.addColumn(r -> r.figures().newlyHelped()).setHeader(getTranslation("stats.newlyHelped"));
        grid.addColumn(r -> r.figures().riskEliminated()).setHeader(getTranslation("stats.riskEliminated"));
        grid.addColumn(r -> r.figures().newlyRiskEliminated()).setHeader(getTranslation("stats.newlyRiskEliminated"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("table-categories");
        return grid;
    }

    private ExportTable export(List<Row> rows, RegionFigures region, LocalDate day) {
        return new ExportTable(
                getTranslation("stats.categories"),
                region.code(),
                StatsTexts.region(this, region.code(), region.name()),
                day,
                List.of(
                        getTranslation("stats.regionCode"),
                        getTranslation("stats.category"),
                        getTranslation("stats.households"),
                        getTranslation("stats.persons"),
                        getTranslation("stats.sinceYesterday"),
                        getTranslation("stats.sinceMay"),
                        getTranslation("stats.entered"),
                        getTranslation("stats.left"),
                        getTranslation("stats.helped"),
                        getTranslation("stats.newlyHelped"),
                        getTranslation("stats.riskEliminated"),
                        getTranslation("stats.newlyRiskEliminated")),
                rows.stream()
                        .map(r -> ExportLink.row(
                                region.code().value(),
                                StatsTexts.category(this, r.category()),
                                r.figures().households(),
                                r.figures().persons(),
                                r.sinceYesterday(),
                                r.sinceMay(),
                                r.figures().entered(),
                                r.figures().left(),
                                r.figures().helped(),
                                r.figures().newlyHelped(),
                                r.figures().riskEliminated(),
                                r.figures().newlyRiskEliminated()))
                        .toList(),
                ExportLink.heading(this));
    }
}
