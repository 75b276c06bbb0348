package cn.jiandang.yearend.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.yearend.RoundView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndIntake;
import cn.jiandang.yearend.YearEndStatus;
import cn.jiandang.yearend.YearEndSteps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Year;

/** Year-end exit: province or county opens the round; every level follows its villages' cases. */
@Route("year-end")
@Menu(title = "yearend.menu", order = 40)
@RolesAllowed({"PROVINCE_OFFICER", "COUNTY_OFFICER", "TOWNSHIP_OFFICER", "VILLAGE_OFFICER"})
public class YearEndView extends VerticalLayout implements HasDynamicTitle {

    private final YearEndIntake intake;
    private final YearEndSteps steps;
    private final YearEndCases yearEndCases;
    private final Grid<RoundView> rounds = new Grid<>();
    private final Grid<YearEndCaseView> cases = new Grid<>();

    public YearEndView(
            YearEndIntake intake,
            YearEndSteps steps,
            YearEndCases yearEndCases,
            RegionService regions,
            CurrentOfficer current) {
        this.intake = intake;
        this.steps = steps;
        this.yearEndCases = yearEndCases;
        Officer officer = current.require();
        addClassName("jd-page");
        setWidthFull();
        add(new H2(getTranslation("yearend.title")));
        if (officer.has(Role.PROVINCE_OFFICER) || officer.has(Role.COUNTY_OFFICER)) {
            add(openForm());
        }
        Texts.data(rounds.addColumn(r -> regions.name(RegionCode.of(r.areaCode())))
                .setHeader(getTranslation("yearend.area")));
        rounds.addColumn(RoundView::year).setHeader(getTranslation("yearend.year"));
        rounds.addColumn(RoundView::noticeDays).setHeader(getTranslation("yearend.noticeDays"));
        rounds.addColumn(r -> r.povertyLine() == null ? "" : r.povertyLine().toPlainString())
                .setHeader(getTranslation("yearend.povertyLine"));
        rounds.addColumn(RoundView::cases).setHeader(getTranslation("yearend.cases"));
        rounds.addColumn(RoundView::atOrBelowLine).setHeader(getTranslation("yearend.atOrBelowLine"));
        rounds.addColumn(RoundView::withoutIncome).setHeader(getTranslation("yearend.withoutIncome"));
        rounds.setAllRowsVisible(true);
        rounds.addThemeVariants(GridVariant.LUMO_COMPACT);
        rounds.setId("yearend-rounds");
        Texts.data(cases.addColumn(c -> regions.name(RegionCode.of(c.villageCode())))
                .setHeader(getTranslation("yearend.village")));
        cases.addColumn(YearEndCaseView::year).setHeader(getTranslation("yearend.year"));
        cases.addColumn(c -> Texts.of(c.status())).setHeader(getTranslation("yearend.status"));
        cases.addColumn(c -> c.included() + " / " + c.candidates()).setHeader(getTranslation("yearend.includedOfAll"));
        if (officer.has(Role.VILLAGE_OFFICER)) {
            cases.addComponentColumn(c -> {
                Button add = new Button(getTranslation("yearend.addHousehold"), e -> addDialog(c));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.setVisible(c.status() == YearEndStatus.APPRAISAL);
                return add;
            });
        }
        if (officer.has(Role.VILLAGE_OFFICER) || officer.has(Role.TOWNSHIP_OFFICER)) {
            cases.addComponentColumn(c -> {
                Button objection = new Button(getTranslation("yearend.raiseObjection"), e -> objectionDialog(c));
                objection.addThemeVariants(ButtonVariant.LUMO_SMALL);
                objection.setVisible(c.status() == YearEndStatus.NOTICE);
                return objection;
            });
        }
        cases.setAllRowsVisible(true);
        cases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        cases.setId("yearend-cases");
        add(new H3(getTranslation("yearend.rounds")), rounds, new H3(getTranslation("yearend.villageCases")), cases);
        refresh();
    }

    private HorizontalLayout openForm() {
        IntegerField year = new IntegerField(getTranslation("yearend.year"));
        year.setValue(Year.now().getValue());
        year.setId("yearend-year");
        IntegerField noticeDays = new IntegerField(getTranslation("yearend.noticeDays"));
        noticeDays.setValue(7);
        noticeDays.setId("yearend-notice-days");
        BigDecimalField line = new BigDecimalField(getTranslation("yearend.povertyLine"));
        line.setValue(intake.suggestedPovertyLine());
        line.setHelperText(getTranslation("yearend.povertyLineHelp"));
        line.setId("yearend-poverty-line");
        FormCheck check = new FormCheck();
        check.field("year", year).required().between(2013, 2100);
        check.field("noticeDays", noticeDays).required().between(1, 30);
        check.field("povertyLine", line).required().money();
        Button open = new Button(
                getTranslation("yearend.open"),
                e -> check.submit(() -> {
                    RoundView round = intake.openRound(
                            year.getValue() == null ? 0 : year.getValue(),
                            noticeDays.getValue() == null ? 0 : noticeDays.getValue(),
                            line.getValue());
                    Notification.show(
                                    getTranslation(
                                            "yearend.openedWithIncome",
                                            round.cases(),
                                            round.atOrBelowLine(),
                                            round.withoutIncome(),
                                            round.year()),
                                    6000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("yearend-open");
        HorizontalLayout form = new HorizontalLayout(year, noticeDays, line, open);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void objectionDialog(YearEndCaseView c) {
        Dialog dialog = new Dialog(getTranslation("yearend.raiseObjection"));
        IntegerField household = new IntegerField(getTranslation("yearend.householdId"));
        TextArea text = new TextArea(getTranslation("yearend.objection"));
        text.setWidth("30em");
        FormCheck check = new FormCheck();
        check.field("householdId", household).required();
        check.field("objection", text).required().maxLength(1000);
        Button send = new Button(
                getTranslation("task.submit"),
                e -> check.submit(() -> {
                    steps.raiseObjection(
                            c.id(), household.getValue() == null ? 0 : household.getValue(), text.getValue());
                    dialog.close();
                    refresh();
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(household, text));
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void addDialog(YearEndCaseView c) {
        Dialog dialog = new Dialog(getTranslation("yearend.addHousehold"));
        IntegerField household = new IntegerField(getTranslation("yearend.householdId"));
        household.setId("yearend-add-household");
        FormCheck check = new FormCheck();
        check.field("householdId", household).required();
        Button add = new Button(
                getTranslation("task.submit"),
                e -> check.submit(() -> {
                    steps.addCandidate(c.id(), household.getValue() == null ? 0 : household.getValue());
                    dialog.close();
                    refresh();
                }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(household);
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), add);
        dialog.open();
    }

    private void refresh() {
        rounds.setItems(yearEndCases.rounds());
        cases.setItems(yearEndCases.cases());
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.yearEnd");
    }
}
