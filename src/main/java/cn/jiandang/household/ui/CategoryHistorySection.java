package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.security.OfficerDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Every change of the household's category: when, from, to, by whom, in which procedure. */
@org.springframework.stereotype.Component
class CategoryHistorySection implements HouseholdSection {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final OfficerDirectory officers;

    CategoryHistorySection(OfficerDirectory officers) {
        this.officers = officers;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "household.history";
    }

    @Override
    public boolean onTaskPage() {
        return true;
    }

    @Override
    public Component create(HouseholdDetails h) {
        UI ui = UI.getCurrent();
        Grid<HouseholdDetails.CategoryChangeView> grid = new Grid<>();
        grid.addColumn(c -> WHEN.format(c.changedAt())).setHeader(ui.getTranslation("household.history.when"));
        grid.addColumn(c -> c.from() == null ? "—" : Texts.of(c.from()))
                .setHeader(ui.getTranslation("household.history.from"));
        grid.addColumn(c -> Texts.of(c.to())).setHeader(ui.getTranslation("household.history.to"));
        Map<String, String> names = officers.displayNames(h.categoryHistory().stream()
                .map(HouseholdDetails.CategoryChangeView::changedBy)
                .toList());
        Texts.data(grid.addColumn(c -> Labels.actor(ui::getTranslation, names, c.changedBy()))
                .setTooltipGenerator(HouseholdDetails.CategoryChangeView::changedBy)
                .setHeader(ui.getTranslation("household.history.by")));
        grid.addColumn(c -> Labels.procedure(ui::getTranslation, c.procedure()))
                .setHeader(ui.getTranslation("household.history.procedure"));
        grid.setItems(h.categoryHistory());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("category-history");
        return grid;
    }
}
