package cn.jiandang.household.ui;

import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.tasks.ProcedureHistory;
import cn.jiandang.tasks.TimelineEntry;
import cn.jiandang.tasks.ui.TimelineGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/** The household page's timeline: every procedure step on the household, from the engine's history. */
@org.springframework.stereotype.Component
class TimelineSection implements HouseholdSection {

    private final ProcedureHistory history;
    private final TimelineGrid grid;

    TimelineSection(ProcedureHistory history, TimelineGrid grid) {
        this.history = history;
        this.grid = grid;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "timeline.title";
    }

    /** Earlier procedures and their files beside a task's form. */
    @Override
    public boolean onTaskPage() {
        return true;
    }

    @Override
    public Component create(HouseholdDetails household) {
        UI ui = UI.getCurrent();
        var entries = history.forHousehold(household.id(), household.villageCode());
        if (entries.isEmpty()) {
            return new Span(ui.getTranslation("timeline.empty"));
        }
        Grid<TimelineEntry> timeline = grid.grid(ui, entries, true);
        timeline.setId("timeline");
        return timeline;
    }
}
