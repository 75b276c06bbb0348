package cn.jiandang.tasks.ui;

import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdSection;
import cn.jiandang.security.OfficerDirectory;
import cn.jiandang.tasks.ProcedureHistory;
import cn.jiandang.tasks.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The household page's timeline: every procedure step with who, when and the comments. */
@org.springframework.stereotype.Component
class TimelineSection implements HouseholdSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ProcedureHistory history;
    private final OfficerDirectory officers;

    TimelineSection(ProcedureHistory history, OfficerDirectory officers) {
        this.history = history;
        this.officers = officers;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "timeline.title";
    }

    @Override
    public Component create(HouseholdDetails household) {
        UI ui = UI.getCurrent();
        var entries = history.forHousehold(household.id());
        if (entries.isEmpty()) {
            return new Span(ui.getTranslation("timeline.empty"));
        }
        Grid<TimelineEntry> grid = new Grid<>();
        grid.addColumn(TimelineEntry::procedureName).setHeader(ui.getTranslation("tasks.col.procedure"));
        grid.addColumn(TimelineEntry::stepName).setHeader(ui.getTranslation("tasks.col.step"));
        Map<String, String> names = officers.displayNames(entries.stream().map(TimelineEntry::actor).toList());
        grid.addColumn(e -> e.actor() == null ? "" : names.getOrDefault(e.actor(), e.actor()))
                .setTooltipGenerator(e -> e.actor() == null ? "" : e.actor()).setHeader(ui.getTranslation("timeline.actor"));
        grid.addColumn(e -> e.started() == null ? "" : WHEN.format(e.started())).setHeader(ui.getTranslation("timeline.started"));
        grid.addColumn(e -> e.ended() == null ? ui.getTranslation("timeline.open") : WHEN.format(e.ended()))
                .setHeader(ui.getTranslation("timeline.ended"));
        grid.addColumn(e -> String.join("；", e.comments())).setHeader(ui.getTranslation("task.comment")).setFlexGrow(3);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("timeline");
        return grid;
    }
}
