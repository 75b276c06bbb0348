package cn.jiandang.exchange.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.HouseholdDibao;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.ui.HouseholdSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.stream.Collectors;

/**
 * The household's 低保 by quarter (R15), read-only: who received how much (ID numbers masked), not received although the
 * county's data arrived, or missing where civil affairs delivered nothing for the county (never shown as zero).
 */
@org.springframework.stereotype.Component
class DibaoSection implements HouseholdSection {

    private final DibaoExchange exchange;

    DibaoSection(DibaoExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String titleKey() {
        return "dibao.section";
    }

    @Override
    public Component create(HouseholdDetails household) {
        UI ui = UI.getCurrent();
        Grid<HouseholdDibao> grid = new Grid<>();
        grid.addColumn(HouseholdDibao::quarter)
                .setHeader(ui.getTranslation("dibao.quarter"))
                .setAutoWidth(true);
        grid.addColumn(d -> ui.getTranslation("dibao.state." + d.state().name()))
                .setHeader(ui.getTranslation("dibao.state"))
                .setAutoWidth(true);
        Texts.data(grid.addColumn(d -> d.receipts().stream()
                        .map(r -> r.name() + " " + r.idNumber() + " "
                                + r.amount().toPlainString() + " (" + r.start() + " – " + r.end() + ")")
                        .collect(Collectors.joining("; ")))
                .setHeader(ui.getTranslation("dibao.receipts")));
        grid.setItems(exchange.household(household.id()));
        grid.setHeight("20em");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("household-dibao");
        return grid;
    }
}
