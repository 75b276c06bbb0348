package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.PersonalNumbers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.stereotype.Component;

/** "显示完整号码": full ID and phone numbers, only for officers of the household's region, each view audited. */
@Component
class RevealNumbersAction implements HouseholdAction {

    private final PersonalNumbers numbers;

    RevealNumbersAction(PersonalNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public String labelKey() {
        return "security.reveal";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return numbers.mayReveal(household.villageCode());
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        PersonalNumbers.Revealed revealed = numbers.reveal(household.id());
        Dialog dialog = new Dialog(ui.getTranslation("security.reveal") + " · " + household.headName());
        Grid<PersonalNumbers.Person> grid = new Grid<>();
        Texts.data(grid.addColumn(PersonalNumbers.Person::name).setHeader(ui.getTranslation("household.member.name")));
        grid.addColumn(PersonalNumbers.Person::idNumber).setHeader(ui.getTranslation("household.member.id"));
        grid.setItems(revealed.members());
        grid.setAllRowsVisible(true);
        grid.setId("revealed-members");
        Paragraph phone = new Paragraph(ui.getTranslation("household.phone") + "：" + revealed.contactPhone());
        phone.setId("revealed-phone");
        dialog.add(new Paragraph(ui.getTranslation("security.reveal.audited")), phone, grid);
        dialog.setWidth("40em");
        dialog.getFooter().add(new Button(ui.getTranslation("cancel"), e -> {
            dialog.close();
            onDone.run();
        }));
        dialog.open();
    }
}
