package cn.jiandang.household.ui;

import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.IncomeView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.math.BigDecimal;
import java.util.function.Function;

/** Incomes by calendar year with per-capita income (R6), and the income period of the identification (R5). */
@org.springframework.stereotype.Component
class IncomeSection implements HouseholdSection {

    private final BaseDataService baseData;

    IncomeSection(BaseDataService baseData) {
        this.baseData = baseData;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "registry.incomes";
    }

    @Override
    public boolean onTaskPage() {
        return true;
    }

    @Override
    public Component create(HouseholdDetails h) {
        UI ui = UI.getCurrent();
        VerticalLayout box = new VerticalLayout(incomePeriod(ui, h), incomesHelp(ui), incomes(ui, h.id()));
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    /**
     * R5's income period belongs to an identification, not to the yearly incomes below it: it says which one (the
     * household's identification month), so that a 2015–2016 period above 2019 and 2020 incomes reads as what it is.
     */
    private Span incomePeriod(UI ui, HouseholdDetails h) {
        Span period = new Span(baseData.incomePeriod(h.id())
                .map(p -> ui.getTranslation(
                        "registry.incomePeriod.ofIdentification",
                        h.identificationMonth().toString(),
                        p.from().toString(),
                        p.to().toString()))
                .orElse(ui.getTranslation("registry.incomePeriod.none")));
        period.setId("income-period");
        return period;
    }

    /** The rows are calendar years (R6), whatever the identification's period. */
    private static Span incomesHelp(UI ui) {
        Span help = new Span(ui.getTranslation("registry.incomes.byYear"));
        help.setId("incomes-by-year");
        help.addClassName("jd-muted");
        return help;
    }

    private Grid<IncomeView> incomes(UI ui, long householdId) {
        Grid<IncomeView> grid = new Grid<>();
        grid.addColumn(i -> i.record().year()).setHeader(ui.getTranslation("registry.income.year"));
        money(ui, grid, "registry.income.wages", i -> i.record().wages());
        money(ui, grid, "registry.income.production", i -> i.record().production());
        money(ui, grid, "registry.income.property", i -> i.record().property());
        money(ui, grid, "registry.income.transfer", i -> i.record().transfer());
        money(ui, grid, "registry.income.costs", i -> i.record().productionCosts());
        money(ui, grid, "registry.income.net", IncomeView::net);
        grid.addColumn(IncomeView::sizeAtCountingDate).setHeader(ui.getTranslation("registry.income.size"));
        money(ui, grid, "registry.income.perCapita", IncomeView::perCapita);
        grid.setItems(baseData.incomes(householdId));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("incomes");
        return grid;
    }

    private static <T> void money(UI ui, Grid<T> grid, String key, Function<T, BigDecimal> value) {
        grid.addColumn(t -> value.apply(t) == null ? "—" : value.apply(t).toPlainString())
                .setHeader(ui.getTranslation(key));
    }
}
