package cn.jiandang.household.ui;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.security.OfficerDirectory;
import com.vaadin.flow.component.Component;

import java.util.Arrays;

/** Relocation, natural changes and versions ({@link BaseDataPanel}, which titles its own parts). */
@org.springframework.stereotype.Component
class BaseDataSection implements HouseholdSection {

    private final BaseDataService baseData;
    private final NaturalChangeService naturalChanges;
    private final OfficerDirectory officers;
    private final FeatureAccess features;

    BaseDataSection(
            BaseDataService baseData,
            NaturalChangeService naturalChanges,
            OfficerDirectory officers,
            FeatureAccess features) {
        this.baseData = baseData;
        this.naturalChanges = naturalChanges;
        this.officers = officers;
        this.features = features;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return null;
    }

    @Override
    public Component create(HouseholdDetails h) {
        return new BaseDataPanel(
                baseData,
                naturalChanges,
                officers,
                h,
                Arrays.stream(new Feature[] {Feature.BASE_DATA_EDIT, Feature.NATURAL_CHANGE})
                        .sorted()
                        .filter(f -> !features.isOpen(f, h.villageCode()))
                        .toList());
    }
}
