package cn.jiandang.villageexit.ui;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.villageexit.PoorVillageView;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCaseView;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import cn.jiandang.villageexit.VillageExitStatus;
import cn.jiandang.villageexit.VillageExitSteps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Village exits: the township proposes and records objections; county and province follow the cases. */
@Route("village-exit")
@Menu(title = "villageexit.menu", order = 41)
@RolesAllowed({"TOWNSHIP_OFFICER", "COUNTY_OFFICER", "PROVINCE_OFFICER"})
public class VillageExitView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final PoorVillages villages;
    private final VillageExitIntake intake;
    private final VillageExitSteps steps;
    private final VillageExitCases cases;
    private final RegionService regions;
    private final Grid<VillageExitCaseView> grid = new Grid<>();
    private final Grid<PoorVillageView> poorVillages = new Grid<>();
    private ComboBox<PoorVillageView> proposable;

    public VillageExitView(
            PoorVillages villages,
            VillageExitIntake intake,
            VillageExitSteps steps,
            VillageExitCases cases,
            RegionService regions,
            CurrentOfficer current) {
        this.villages = villages;
        this.intake = intake;
        this.steps = steps;
        this.cases = cases;
        this.regions = regions;
        Officer officer = current.require();
        addClassName("jd-page");
        setWidthFull();
        add(new H2(getTranslation("villageexit.title")));
        boolean township = officer.has(Role.TOWNSHIP_OFFICER);
        if (township) {
            add(proposalForm());
        }
        boolean flags = officer.has(Role.COUNTY_OFFICER) || officer.has(Role.PROVINCE_OFFICER);
        if (flags) {
            add(flagForm(officer));
        }
        Texts.data(grid.addColumn(c -> regions.name(RegionCode.of(c.villageCode())))
                .setHeader(getTranslation("villageexit.village")));
        grid.addColumn(c -> c.poorPopulation() + " / " + c.population())
                .setHeader(getTranslation("villageexit.poorOfAll"));
        grid.addColumn(c -> percent(c) + "（" + c.thresholdLabel() + "）")
                .setHeader(getTranslation("villageexit.incidence"));
        grid.addColumn(c -> Texts.of(c.status())).setHeader(getTranslation("villageexit.status"));
        Texts.data(grid.addColumn(c -> c.countyComment() == null ? "" : c.countyComment())
                .setHeader(getTranslation("villageexit.comment")));
        grid.addColumn(c -> c.provinceInformedAt() == null ? "" : DAY.format(c.provinceInformedAt()))
                .setHeader(getTranslation("villageexit.provinceInformed"));
        if (township) {
            grid.addComponentColumn(c -> {
                Button objection = new Button(getTranslation("villageexit.raiseObjection"), e -> objectionDialog(c));
                objection.addThemeVariants(ButtonVariant.LUMO_SMALL);
                objection.setVisible(c.status() == VillageExitStatus.NOTICE);
                return objection;
            });
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("villageexit-cases");
        Texts.data(poorVillages.addColumn(PoorVillageView::name).setHeader(getTranslation("villageexit.village")));
        poorVillages
                .addColumn(v -> v.exited()
                        ? getTranslation("villageexit.exitedIn", v.exitYear())
                        : getTranslation("villageexit.poorVillage"))
                .setHeader(getTranslation("villageexit.status"));
        if (flags) {
            poorVillages.addComponentColumn(v -> {
                Button remove = new Button(getTranslation("villageexit.unflag"), e -> {
                    villages.markPoorVillage(RegionCode.of(v.villageCode()), false);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.setVisible(!v.exited());
                return remove;
            });
        }
        poorVillages.addThemeVariants(GridVariant.LUMO_COMPACT);
        poorVillages.setAllRowsVisible(true);
        poorVillages.setId("villageexit-poor-villages");
        add(grid, new H3(getTranslation("villageexit.poorVillages")), poorVillages);
        refresh();
    }

    static String percent(VillageExitCaseView c) {
        return c.incidence().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private HorizontalLayout proposalForm() {
        ComboBox<PoorVillageView> village = new ComboBox<>(getTranslation("villageexit.village"));
        village.setItemLabelGenerator(PoorVillageView::name);
        village.setHelperText(getTranslation("villageexit.onlyPoorVillages"));
        village.setId("villageexit-village");
        Texts.dataChoices(village);
        proposable = village;
        IntegerField population = new IntegerField(getTranslation("villageexit.population"));
        population.setMin(1);
        population.setId("villageexit-population");
        TextArea reason = new TextArea(getTranslation("villageexit.reason"));
        reason.setId("villageexit-reason");
        FormCheck check = new FormCheck();
        check.field("villageCode", village).required();
        check.field("population", population).required().between(1, 10_000_000);
        check.field("reason", reason).maxLength(500);
        Button propose = new Button(
                getTranslation("villageexit.propose"),
                e -> check.submit(() -> {
                    intake.propose(
                            RegionCode.of(village.getValue().villageCode()), population.getValue(), reason.getValue());
                    Notification.show(getTranslation("villageexit.proposed"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setId("villageexit-propose");
        HorizontalLayout form = new HorizontalLayout(village, population, reason, propose);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** County and province flag the poor villages (贫困村) of their region. */
    private HorizontalLayout flagForm(Officer officer) {
        ComboBox<RegionView> village = new ComboBox<>(getTranslation("villageexit.village"));
        village.setItems(regions.villagesUnder(officer.region()));
        village.setItemLabelGenerator(RegionView::name);
        village.setId("villageexit-flag-village");
        Texts.dataChoices(village);
        Button flag = new Button(getTranslation("villageexit.flag"), e -> {
            if (village.getValue() == null) {
                throw BusinessException.invalidField("villageCode", "请选择村");
            }
            villages.markPoorVillage(village.getValue().code(), true);
            Notification.show(
                            getTranslation(
                                    "villageexit.flagged", village.getValue().name()),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        flag.setId("villageexit-flag");
        HorizontalLayout form = new HorizontalLayout(village, flag);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void objectionDialog(VillageExitCaseView c) {
        Dialog dialog = new Dialog(getTranslation("villageexit.raiseObjection"));
        TextArea text = new TextArea(getTranslation("villageexit.objection"));
        text.setWidth("30em");
        FormCheck check = new FormCheck();
        check.field("objection", text).required().maxLength(1000);
        Button send = new Button(
                getTranslation("task.submit"),
                e -> check.submit(() -> {
                    steps.raiseObjection(c.id(), text.getValue());
                    dialog.close();
                    refresh();
                }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(cases.list());
        poorVillages.setItems(villages.poorVillages());
        if (proposable != null) {
            proposable.setItems(villages.proposableVillages());
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.villageExit");
    }
}
