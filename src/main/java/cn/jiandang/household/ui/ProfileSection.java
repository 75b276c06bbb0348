package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import java.util.Set;
import java.util.stream.Collectors;

/** The household at a glance: village, identification month, contact phone (masked), flags, causes and risks. */
@org.springframework.stereotype.Component
class ProfileSection implements HouseholdSection {

    private final RegionService regions;

    ProfileSection(RegionService regions) {
        this.regions = regions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "household.profile";
    }

    @Override
    public boolean onTaskPage() {
        return true;
    }

    @Override
    public Component create(HouseholdDetails h) {
        UI ui = UI.getCurrent();
        FormLayout info = new FormLayout();
        info.setId("household-profile");
        info.addFormItem(Texts.data(new Span(regions.path(h.villageCode()))), ui.getTranslation("household.village"));
        info.addFormItem(
                new Span(
                        h.identificationMonth() == null
                                ? "—"
                                : h.identificationMonth().toString()),
                ui.getTranslation("household.month"));
        info.addFormItem(new Span(Masking.phone(h.contactPhone())), ui.getTranslation("household.phone"));
        info.addFormItem(
                new Span(ui.getTranslation(h.worksAway() ? "yes" : "no")), ui.getTranslation("household.worksAway"));
        info.addFormItem(
                new Span(ui.getTranslation(h.riskEliminated() ? "yes" : "no")),
                ui.getTranslation("household.riskEliminated"));
        h.factors().forEach((kind, codes) -> info.addFormItem(new Span(labels(ui, codes)), Texts.of(kind)));
        return info;
    }

    private static String labels(UI ui, Set<PovertyFactor> codes) {
        return codes.stream().map(Texts::of).collect(Collectors.joining(ui.getTranslation("list.separator")));
    }
}
