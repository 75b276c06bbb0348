package cn.jiandang.household.ui.admin;

import cn.jiandang.base.FormCheck;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.adjustment.VillageAdjustmentService;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.household.search.HouseholdSearch;
import cn.jiandang.household.search.SearchCursor;
import cn.jiandang.household.search.SearchPage;
import cn.jiandang.household.ui.Codes;
import cn.jiandang.region.RegionAdjustment;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dialogs of the region adjustments, each checked beside its fields before the service is called. */
final class RegionDialogs {

    private final VillageAdjustmentService adjustments;
    private final RegionService regions;
    private final HouseholdSearch search;
    private final Clock clock;
    private final Runnable done;

    RegionDialogs(
            VillageAdjustmentService adjustments,
            RegionService regions,
            HouseholdSearch search,
            Clock clock,
            Runnable done) {
        this.adjustments = adjustments;
        this.regions = regions;
        this.search = search;
        this.clock = clock;
        this.done = done;
    }

    /** Renames a region from a date; {@code temporary}: a resettlement site's temporary name replaced (暂用名称更正). */
    void rename(RegionView region, boolean temporary) {
        TextField name = text("regions.newName", "regions-new-name");
        DatePicker effective = date("regions-effective");
        FormCheck check = new FormCheck();
        check.field("name", name).required().maxLength(100);
        check.field("effective", effective).required();
        RegionAdjustment reason = temporary ? RegionAdjustment.TEMPORARY_NAME_REPLACED : RegionAdjustment.RENAMED;
        open(
                temporary ? "regions.replaceTemporary" : "regions.rename",
                region,
                check,
                () -> adjustments.rename(region.code(), name.getValue().strip(), effective.getValue(), reason),
                name,
                effective);
    }

    /** Merges the village into another from a date; its households move there. */
    void merge(RegionView village) {
        RegionPicker into = new RegionPicker(
                regions,
                village.code().ancestor(RegionLevel.PROVINCE),
                RegionLevel.VILLAGE,
                "regions.into",
                "regions-into");
        DatePicker effective = date("regions-effective");
        FormCheck check = new FormCheck();
        check.field("into", into).required();
        check.field("effective", effective).required();
        open(
                "regions.merge",
                village,
                check,
                () -> adjustments.merge(village.code(), into.getValue().code(), effective.getValue()),
                into,
                effective);
    }

    /** A new village (or resettlement site) split off: its code, name and the households that move there. */
    void split(RegionView village) {
        TextField code = text("regions.newCode", "regions-new-code");
        TextField name = text("regions.newName", "regions-new-name");
        Checkbox temporary = new Checkbox(UI.getCurrent().getTranslation("regions.temporaryName"));
        temporary.setId("regions-temporary");
        DatePicker effective = date("regions-effective");
        Grid<HouseholdSummary> moving = new Grid<>();
        Codes.data(moving.addColumn(HouseholdSummary::headName)
                .setHeader(UI.getCurrent().getTranslation("households.col.head")));
        moving.addColumn(HouseholdSummary::headIdMasked)
                .setHeader(UI.getCurrent().getTranslation("households.col.id"));
        moving.setSelectionMode(Grid.SelectionMode.MULTI);
        moving.setItems(householdsOf(village.code()));
        moving.setHeight("16em");
        moving.setId("regions-split-households");
        FormCheck check = new FormCheck();
        check.field("newCode", code).required().check(v -> v.strip().matches("\\d{12}"), "regions.code.format");
        check.target("code", code);
        check.field("name", name).required().maxLength(100);
        check.field("effective", effective).required();
        check.field("validFrom", effective);
        open(
                "regions.split",
                village,
                check,
                () -> adjustments.split(
                        village.code(),
                        RegionCode.of(code.getValue().strip()),
                        name.getValue().strip(),
                        temporary.getValue(),
                        effective.getValue(),
                        moving.getSelectedItems().stream()
                                .map(HouseholdSummary::id)
                                .toList()),
                code,
                name,
                temporary,
                effective,
                moving);
    }

    /** The village moves to another township (隶属关系调整) under a new code; its households follow. */
    void move(RegionView village) {
        TextField code = text("regions.newCode", "regions-new-code");
        DatePicker effective = date("regions-effective");
        FormCheck check = new FormCheck();
        check.field("newCode", code).required().check(v -> v.strip().matches("\\d{12}"), "regions.code.format");
        check.target("code", code);
        check.field("effective", effective).required();
        check.field("validFrom", effective);
        open(
                "regions.move",
                village,
                check,
                () -> adjustments.move(
                        village.code(), RegionCode.of(code.getValue().strip()), effective.getValue()),
                code,
                effective);
    }

    /** A new village or resettlement site under the township, perhaps under a temporary name (暂用名称). */
    void create(RegionView township) {
        TextField code = text("regions.newCode", "regions-new-code");
        TextField name = text("regions.newName", "regions-new-name");
        Checkbox temporary = new Checkbox(UI.getCurrent().getTranslation("regions.temporaryName"));
        temporary.setId("regions-temporary");
        DatePicker effective = date("regions-effective");
        FormCheck check = new FormCheck();
        check.field("code", code).required().check(v -> v.strip().matches("\\d{12}"), "regions.code.format");
        check.field("name", name).required().maxLength(100);
        check.field("validFrom", effective).required();
        open(
                "regions.create",
                township,
                check,
                () -> adjustments.createVillage(
                        RegionCode.of(code.getValue().strip()),
                        name.getValue().strip(),
                        effective.getValue(),
                        temporary.getValue()),
                code,
                name,
                temporary,
                effective);
    }

    /** Every household of a village, page by page (a village has hundreds, not millions). */
    private List<HouseholdSummary> householdsOf(RegionCode village) {
        List<HouseholdSummary> all = new ArrayList<>();
        SearchCursor after = null;
        do {
            SearchPage page = search.page(HouseholdQuery.in(village), after, HouseholdSearch.MAX_PAGE_SIZE);
            all.addAll(page.rows());
            after = page.next();
        } while (after != null);
        return all;
    }

    private void open(String titleKey, RegionView region, FormCheck check, Runnable action, Component... fields) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation(titleKey) + " · " + region.name());
        dialog.setId("regions-dialog");
        Button submit = new Button(
                ui.getTranslation("task.submit"),
                e -> check.submit(() -> {
                    action.run();
                    dialog.close();
                    Notification.show(ui.getTranslation("regions.done"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    done.run();
                }));
        submit.setId("regions-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(fields));
        dialog.getFooter().add(new Button(ui.getTranslation("cancel"), e -> dialog.close()), submit);
        dialog.open();
    }

    private static TextField text(String labelKey, String id) {
        TextField field = new TextField(UI.getCurrent().getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private DatePicker date(String id) {
        DatePicker picker = new DatePicker(UI.getCurrent().getTranslation("regions.effective"), LocalDate.now(clock));
        picker.setId(id);
        return picker;
    }
}
