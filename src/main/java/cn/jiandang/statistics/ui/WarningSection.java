package cn.jiandang.statistics.ui;

import cn.jiandang.statistics.ExportTable;
import cn.jiandang.statistics.RegionFigures;
import cn.jiandang.statistics.StatisticsExport;
import cn.jiandang.statistics.WarningCounts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.List;

/** The day's early warnings of the region (预警): raised, verified as no risk, turned into an identification. */
class WarningSection extends VerticalLayout {

    WarningSection(WarningCounts counts, RegionFigures region, LocalDate day, StatisticsExport export) {
        setPadding(false);
        add(new H3(getTranslation("stats.warnings")));
        Grid<WarningCounts> grid = new Grid<>();
        grid.addColumn(WarningCounts::raised).setHeader(getTranslation("stats.warnings.raised"));
        grid.addColumn(WarningCounts::noRisk).setHeader(getTranslation("stats.warnings.noRisk"));
        grid.addColumn(WarningCounts::identified).setHeader(getTranslation("stats.warnings.identified"));
        grid.setItems(counts);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("table-warnings");
        add(
                grid,
                ExportLink.of(
                        this,
                        "export-warnings",
                        export,
                        () -> new ExportTable(
                                getTranslation("stats.warnings"),
                                region.code(),
                                StatsTexts.region(this, region.code(), region.name()),
                                day,
                                List.of(
                                        getTranslation("stats.regionCode"),
                                        getTranslation("stats.warnings.raised"),
                                        getTranslation("stats.warnings.noRisk"),
                                        getTranslation("stats.warnings.identified")),
                                List.of(ExportLink.row(
                                        region.code().value(), counts.raised(), counts.noRisk(), counts.identified())),
                                ExportLink.heading(this))));
    }
}
