package cn.jiandang.household.ui.admin;

import cn.jiandang.household.adjustment.VillageAdjustmentService;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.household.search.HouseholdSearch;
import cn.jiandang.household.search.SearchTotal;
import cn.jiandang.household.ui.Codes;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionNameView;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionStatus;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/**
 * Townships and villages adjusted to reality (据实调整) by the province: rename (also a resettlement site's temporary
 * name replaced), merge (the households follow), split, move to another township, and new villages or sites; each
 * region's names with their validity.
 */
@Route("registry/regions")
@PageTitle("行政区划调整 · 建档")
@Menu(title = "regions.menu", order = 36)
@RolesAllowed("PROVINCE_OFFICER")
public class RegionAdjustmentView extends VerticalLayout {

    private final RegionService regions;
    private final HouseholdSearch search;
    private final RegionPicker township;
    private final RegionPicker village;
    private final Span details = new Span();
    private final Grid<RegionNameView> names = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final RegionDialogs dialogs;

    public RegionAdjustmentView(
            VillageAdjustmentService adjustments,
            RegionService regions,
            HouseholdSearch search,
            CurrentOfficer current,
            Clock clock) {
        Officer officer = current.require();
        this.regions = regions;
        this.search = search;
        this.dialogs = new RegionDialogs(adjustments, regions, search, clock, this::refresh);
        addClassName("jd-page");
        setWidthFull();
        township = new RegionPicker(
                regions, officer.region(), RegionLevel.TOWNSHIP, "households.search.township", "regions-township");
        village = new RegionPicker(
                regions,
                () -> township.getValue() == null
                        ? officer.region()
                        : township.getValue().code(),
                RegionLevel.VILLAGE,
                "households.search.village",
                "regions-village");
        township.addValueChangeListener(e -> {
            village.clear();
            village.getDataProvider().refreshAll();
            refresh();
        });
        village.addValueChangeListener(e -> refresh());
        details.setId("regions-details");
        Codes.data(names.addColumn(RegionNameView::name).setHeader(getTranslation("regions.name")));
        names.addColumn(RegionNameView::validFrom).setHeader(getTranslation("regions.validFrom"));
        names.addColumn(n -> n.validTo() == null ? "" : n.validTo().toString())
                .setHeader(getTranslation("regions.validTo"));
        names.addColumn(n -> getTranslation(n.temporary() ? "yes" : "no"))
                .setHeader(getTranslation("regions.temporary"));
        names.addColumn(n -> getTranslation("regions.reason." + n.reason().name()))
                .setHeader(getTranslation("regions.reason"));
        names.setAllRowsVisible(true);
        names.addThemeVariants(GridVariant.LUMO_COMPACT);
        names.setId("regions-names");
        actions.setId("regions-actions");
        add(
                new H2(getTranslation("regions.title")),
                new Paragraph(getTranslation("regions.intro")),
                new HorizontalLayout(township, village),
                details,
                actions,
                new H3(getTranslation("regions.history")),
                names);
        refresh();
    }

    private RegionView selected() {
        return village.getValue() != null ? village.getValue() : township.getValue();
    }

    /** Shows the chosen region, its names and the adjustments it allows. */
    void refresh() {
        RegionView r = selected();
        actions.removeAll();
        if (r == null) {
            details.setText(getTranslation("regions.choose"));
            names.setItems();
            return;
        }
        // a rename elsewhere in the tree changes the name shown in the picker's label too
        RegionView now = regions.find(r.code()).orElse(r);
        RegionStatus status = regions.status(r.code()).orElse(null);
        String validity = status == null || status.validTo() == null
                ? getTranslation("regions.current")
                : getTranslation(
                        "regions.ended",
                        status.validTo().toString(),
                        status.successor() == null ? "" : regions.name(status.successor()));
        details.setText(
                getTranslation("regions.selected", now.name(), now.code().value(), validity));
        names.setItems(regions.nameHistory(r.code()));
        actions.add(button("regions-rename", "regions.rename", () -> dialogs.rename(now, false)));
        actions.add(button("regions-replace-temporary", "regions.replaceTemporary", () -> dialogs.rename(now, true)));
        if (now.level() == RegionLevel.VILLAGE && (status == null || status.validTo() == null)) {
            SearchTotal households = search.count(HouseholdQuery.in(now.code()), 10_000);
            details.add(new Span(" · " + getTranslation("regions.households", String.valueOf(households.count()))));
            actions.add(button("regions-merge", "regions.merge", () -> dialogs.merge(now)));
            actions.add(button("regions-split", "regions.split", () -> dialogs.split(now)));
            actions.add(button("regions-move", "regions.move", () -> dialogs.move(now)));
        }
        if (now.level() == RegionLevel.TOWNSHIP) {
            actions.add(button("regions-create", "regions.create", () -> dialogs.create(now)));
        }
    }

    private Button button(String id, String labelKey, Runnable open) {
        Button b = new Button(getTranslation(labelKey), e -> open.run());
        b.setId(id);
        return b;
    }
}
