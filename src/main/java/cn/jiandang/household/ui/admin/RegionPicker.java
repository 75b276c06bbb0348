package cn.jiandang.household.ui.admin;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import com.vaadin.flow.component.combobox.ComboBox;

import java.util.function.Supplier;

/** A lazy choice of the regions of one level under a root (a province has tens of thousands of villages). */
class RegionPicker extends ComboBox<RegionView> {

    RegionPicker(RegionService regions, RegionCode root, RegionLevel level, String labelKey, String id) {
        this(regions, () -> root, level, labelKey, id);
    }

    RegionPicker(RegionService regions, Supplier<RegionCode> root, RegionLevel level, String labelKey, String id) {
        setLabel(getTranslation(labelKey));
        setClearButtonVisible(true);
        setItems(
                q ->
                        regions
                                .regionsUnder(root.get(), level, q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                                .stream(),
                q -> regions.countRegionsUnder(root.get(), level, q.getFilter().orElse("")));
        setItemLabelGenerator(r -> r.name() + " " + r.code().value());
        setId(id);
        setWidth("18em");
    }
}
