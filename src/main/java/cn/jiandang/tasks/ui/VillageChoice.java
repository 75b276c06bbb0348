package cn.jiandang.tasks.ui;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import com.vaadin.flow.component.combobox.ComboBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The villages of the officer's region, fetched page by page as the officer scrolls or types (a province has
 * tens of thousands). A village officer has only his own village: the field is not shown.
 */
class VillageChoice extends ComboBox<RegionView> {

    /** Township names of the villages the choice has shown, for their labels (village names repeat in a county). */
    private final Map<RegionCode, String> townships = new HashMap<>();

    VillageChoice(RegionService regions, RegionCode root) {
        setLabel(getTranslation("tasklist.village"));
        setPlaceholder(getTranslation("tasklist.village.all"));
        setClearButtonVisible(true);
        setId("filter-village");
        setVisible(root.level() != RegionLevel.VILLAGE);
        boolean aboveTownship = root.level().ordinal() < RegionLevel.TOWNSHIP.ordinal();
        setItems(
                q -> {
                    List<RegionView> page =
                            regions.villagesUnder(root, q.getFilter().orElse(""), q.getOffset(), q.getLimit());
                    if (aboveTownship) {
                        townships.putAll(regions.names(page.stream()
                                .map(RegionView::parent)
                                .filter(p -> p != null && !townships.containsKey(p))
                                .distinct()
                                .toList()));
                    }
                    return page.stream();
                },
                q -> regions.countVillagesUnder(root, q.getFilter().orElse("")));
        setItemLabelGenerator(v -> aboveTownship && v.parent() != null && townships.containsKey(v.parent())
                ? getTranslation("tasklist.village.label", v.name(), townships.get(v.parent()))
                : v.name());
    }
}
