package cn.jiandang.household.ui.edit;

import cn.jiandang.base.FormCheck;
import cn.jiandang.base.FormField;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.Coordinates;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.ChinaBounds;
import cn.jiandang.household.basedata.HouseholdUpdate;
import cn.jiandang.household.ui.ActionDialog;
import cn.jiandang.household.ui.HouseholdAction;
import cn.jiandang.security.CurrentOfficer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "易地扶贫搬迁" (R9): the positions before and after the move as WGS84 coordinates, each checked to lie in China;
 * picked on a map when a tile server is configured ({@link MapTiles}), typed otherwise. Unticking clears it.
 */
@SpringComponent
class RelocationAction implements HouseholdAction {

    private final BaseDataEdits edits;
    private final CurrentOfficer current;
    private final MapTiles tiles;

    RelocationAction(BaseDataEdits edits, CurrentOfficer current, MapTiles tiles) {
        this.edits = edits;
        this.current = current;
        this.tiles = tiles;
    }

    @Override
    public String labelKey() {
        return "household.action.relocation";
    }

    @Override
    public boolean appliesTo(HouseholdDetails household) {
        return Editors.mayEdit(current);
    }

    @Override
    public Set<Feature> features(HouseholdDetails household) {
        return Set.of(Feature.BASE_DATA_EDIT);
    }

    @Override
    public void open(HouseholdDetails household, Runnable onDone) {
        UI ui = UI.getCurrent();
        int version = edits.currentVersion(household.id()).number();
        ActionDialog dialog = new ActionDialog(ui, labelKey(), household);
        Relocation now = household.relocation();
        Checkbox relocated = new Checkbox(ui.getTranslation("edit.relocated"), now != null);
        relocated.setId("relocation-relocated");
        BigDecimalField lonBefore = coordinate(ui, "registry.field.longitudeBefore", "relocation-lon-before");
        BigDecimalField latBefore = coordinate(ui, "registry.field.latitudeBefore", "relocation-lat-before");
        BigDecimalField lonAfter = coordinate(ui, "registry.field.longitudeAfter", "relocation-lon-after");
        BigDecimalField latAfter = coordinate(ui, "registry.field.latitudeAfter", "relocation-lat-after");
        if (now != null) {
            lonBefore.setValue(now.before().longitude());
            latBefore.setValue(now.before().latitude());
            lonAfter.setValue(now.after().longitude());
            latAfter.setValue(now.after().latitude());
        }
        List<Component> positions = new ArrayList<>();
        if (tiles.configured()) {
            positions.add(new MapPicker(tiles, lonBefore, latBefore, lonAfter, latAfter));
        }
        positions.addAll(List.of(lonBefore, latBefore, lonAfter, latAfter));
        positions.forEach(p -> p.setVisible(relocated.getValue()));
        relocated.addValueChangeListener(e -> positions.forEach(p -> p.setVisible(e.getValue())));
        FormCheck check = new FormCheck();
        longitude(check.field("relocation.before.longitude", lonBefore));
        latitude(check.field("relocation.before.latitude", latBefore));
        longitude(check.field("relocation.after.longitude", lonAfter));
        latitude(check.field("relocation.after.latitude", latAfter));
        VersionNotice notice = VersionNotice.in(check);
        dialog.open(
                check,
                "relocation-submit",
                "edit.done.saved",
                VersionNotice.guarded(() -> edits.update(
                        household.id(),
                        HouseholdUpdate.relocation(
                                relocated.getValue()
                                        ? new Relocation(
                                                new Coordinates(lonBefore.getValue(), latBefore.getValue()),
                                                new Coordinates(lonAfter.getValue(), latAfter.getValue()))
                                        : null),
                        version)),
                onDone,
                fields(notice, relocated, positions));
    }

    private static Component[] fields(Component notice, Checkbox relocated, List<Component> positions) {
        List<Component> all = new ArrayList<>();
        all.add(notice);
        all.add(relocated);
        all.addAll(positions);
        return all.toArray(Component[]::new);
    }

    private static BigDecimalField coordinate(UI ui, String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(ui.getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private static void longitude(FormField<BigDecimal> field) {
        field.required()
                .check(ChinaBounds::longitudeWithin, "edit.longitude.china")
                .check(v -> v.stripTrailingZeros().scale() <= 6, "edit.coordinate.decimals");
    }

    private static void latitude(FormField<BigDecimal> field) {
        field.required()
                .check(ChinaBounds::latitudeWithin, "edit.latitude.china")
                .check(v -> v.stripTrailingZeros().scale() <= 6, "edit.coordinate.decimals");
    }
}
