package cn.jiandang.statistics.ui;

import cn.jiandang.statistics.ExportTable;
import cn.jiandang.statistics.ProcedureChange;
import cn.jiandang.statistics.RegionFigures;
import cn.jiandang.statistics.StatisticsExport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.List;

/** The day's category changes of the region: per category and procedure, entered and left; exportable. */
class ChangesSection extends VerticalLayout {

    ChangesSection(List<ProcedureChange> changes, RegionFigures region, LocalDate day, StatisticsExport export) {
        setPadding(false);
        add(new H3(getTranslation("stats.changes")));
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("stats.noChanges")));
            return;
        }
        Grid<ProcedureChange> grid = new Grid<>();
        grid.addColumn(c -> StatsTexts.category(this, c.category()))
                .setHeader(getTranslation("stats.category"))
                .setSortable(true);
        grid.addColumn(c -> StatsTexts.procedure(this, c.procedure()))
                .setHeader(getTranslation("stats.procedure"))
                .setSortable(true);
        grid.addColumn(ProcedureChange::entered)
                .setHeader(getTranslation("stats.entered"))
                .setSortable(true);
        grid.addColumn(ProcedureChange::left)
                .setHeader(getTranslation("stats.left"))
                .setSortable(true);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("table-changes");
        add(
                grid,
                ExportLink.of(
                        this,
                        "export-changes",
                        export,
                        () -> new ExportTable(
                                getTranslation("stats.changes"),
                                region.code(),
                                StatsTexts.region(this, region.code(), region.name()),
                                day,
                                List.of(
                                        getTranslation("stats.regionCode"),
                                        getTranslation("stats.category"),
                                        getTranslation("stats.procedure"),
                                        getTranslation("stats.entered"),
                                        getTranslation("stats.left")),
                                changes.stream()
                                        .map(c -> ExportLink.row(
                                                region.code().value(),
                                                StatsTexts.category(this, c.category()),
                                                StatsTexts.procedure(this, c.procedure()),
                                                c.entered(),
                                                c.left()))
                                        .toList(),
                                ExportLink.heading(this))));
    }
}
