package cn.jiandang.statistics.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.statistics.CategoryFigures;
import cn.jiandang.statistics.ExportTable;
import cn.jiandang.statistics.RegionFigures;
import cn.jiandang.statistics.StatisticsExport;
import cn.jiandang.statistics.StatisticsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The sub-regions of the region on the day, sortable by every column: the name drills down, each category's count
 * opens the household list filtered to that sub-region and category. Exportable with the region codes.
 */
class SubRegionSection extends VerticalLayout {

    SubRegionSection(List<RegionFigures> rows, RegionFigures parent, LocalDate day, StatisticsExport export) {
        setPadding(false);
        Grid<RegionFigures> grid = new Grid<>();
        Texts.data(grid.addComponentColumn(r -> drill(r, day)))
                .setHeader(getTranslation("stats.region"))
                .setComparator(RegionFigures::name)
                .setKey("name");
        grid.addColumn(r -> r.code().value())
                .setHeader(getTranslation("stats.regionCode"))
                .setSortable(true)
                .setKey("code");
        for (Category c : StatisticsService.FOUR) {
            grid.addComponentColumn(r -> new Anchor(
                            StatsTexts.households(r.code(), c),
                            String.valueOf(r.of(c).households())))
                    .setHeader(StatsTexts.category(this, c))
                    .setComparator(r -> r.of(c).households())
                    .setKey(c.name());
        }
        column(grid, "persons", "stats.personsOf", RegionFigures::persons);
        column(grid, "entered", "stats.entered", r -> sum(r, f -> f.entered()));
        column(grid, "left", "stats.left", r -> sum(r, f -> f.left()));
        column(grid, "helped", "stats.helped", r -> sum(r, f -> f.helped()));
        column(grid, "riskEliminated", "stats.riskEliminated", r -> sum(r, f -> f.riskEliminated()));
        grid.getColumns().forEach(col -> col.setAutoWidth(true));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 50);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("table-subregions");
        add(
                new H3(getTranslation("stats.subRegions")),
                grid,
                ExportLink.of(this, "export-subregions", export, () -> export(rows, parent, day)));
    }

    private Button drill(RegionFigures r, LocalDate day) {
        Button b = new Button(r.name(), e -> StatsTexts.go(StatsTexts.dashboard(r.code(), day)));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setId("drill-" + r.code().value());
        return b;
    }

    private void column(Grid<RegionFigures> grid, String key, String header, ToLongFunction<RegionFigures> value) {
        grid.addColumn(r -> value.applyAsLong(r))
                .setHeader(getTranslation(header))
                .setComparator(Comparator.comparingLong(value))
                .setKey(key);
    }

    private static long sum(RegionFigures r, ToLongFunction<CategoryFigures> f) {
        return StatisticsService.FOUR.stream()
                .mapToLong(c -> f.applyAsLong(r.of(c)))
                .sum();
    }

    private ExportTable export(List<RegionFigures> rows, RegionFigures parent, LocalDate day) {
        List<String> headers =
                new ArrayList<>(List.of(getTranslation("stats.regionCode"), getTranslation("stats.region")));
        StatisticsService.FOUR.forEach(c -> headers.add(StatsTexts.category(this, c)));
        for (String key :
                List.of("stats.personsOf", "stats.entered", "stats.left", "stats.helped", "stats.riskEliminated")) {
            headers.add(getTranslation(key));
        }
        List<List<Object>> values = new ArrayList<>();
        for (RegionFigures r : rows) {
            List<Object> row = new ArrayList<>(List.of(r.code().value(), r.name()));
            StatisticsService.FOUR.forEach(c -> row.add(r.of(c).households()));
            row.addAll(List.of(
                    r.persons(),
                    sum(r, f -> f.entered()),
                    sum(r, f -> f.left()),
                    sum(r, f -> f.helped()),
                    sum(r, f -> f.riskEliminated())));
            values.add(row);
        }
        return new ExportTable(
                getTranslation("stats.subRegions"),
                parent.code(),
                StatsTexts.region(this, parent.code(), parent.name()),
                day,
                headers,
                values,
                ExportLink.heading(this));
    }
}
