package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.security.Masking;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The current members: name, masked ID number, relation to the head, sex and birth date. */
@org.springframework.stereotype.Component
class MembersSection implements HouseholdSection {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "household.members";
    }

    @Override
    public boolean onTaskPage() {
        return true;
    }

    @Override
    public Component create(HouseholdDetails h) {
        UI ui = UI.getCurrent();
        Grid<HouseholdDetails.MemberView> grid = new Grid<>();
        Texts.data(grid.addColumn(HouseholdDetails.MemberView::name)
                .setHeader(ui.getTranslation("household.member.name")));
        grid.addColumn(m -> Masking.idNumber(m.idNumber())).setHeader(ui.getTranslation("household.member.id"));
        grid.addColumn(m -> Texts.of(m.relation())).setHeader(ui.getTranslation("household.member.relation"));
        grid.addColumn(m -> ui.getTranslation("sex." + m.sex())).setHeader(ui.getTranslation("household.member.sex"));
        grid.addColumn(HouseholdDetails.MemberView::birthDate).setHeader(ui.getTranslation("household.member.birth"));
        grid.setItems(h.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("members");
        return grid;
    }
}
