package cn.jiandang.household.ui;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import cn.jiandang.security.OfficerDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One household: members, causes and risks, category history, and the actions the procedures offer. */
@Route("household/:householdId")
@PageTitle("农户档案 · 建档")
@PermitAll
public class HouseholdView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final HouseholdService households;
    private final RegionService regions;
    private final List<HouseholdAction> actions;
    private final List<HouseholdSection> sections;
    private final BaseDataService baseData;
    private final NaturalChangeService naturalChanges;
    private final FeatureAccess features;
    private final OfficerDirectory officers;
    private long householdId;

    public HouseholdView(
            HouseholdService households,
            RegionService regions,
            List<HouseholdAction> actions,
            List<HouseholdSection> sections,
            BaseDataService baseData,
            NaturalChangeService naturalChanges,
            FeatureAccess features,
            OfficerDirectory officers) {
        this.households = households;
        this.regions = regions;
        this.actions = actions;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(HouseholdSection::order))
                .toList();
        this.baseData = baseData;
        this.naturalChanges = naturalChanges;
        this.features = features;
        this.officers = officers;
        addClassName("jd-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            householdId =
                    Long.parseLong(event.getRouteParameters().get("householdId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        render(households.details(householdId));
    }

    private void render(HouseholdDetails h) {
        removeAll();
        Span category = new Span(Category.labelOf(h.category()));
        category.addClassName("jd-badge");
        category.setId("household-category");
        H2 title = new H2(h.headName());
        title.setId("household-head");
        HorizontalLayout header = new HorizontalLayout(title, category);
        header.setAlignItems(Alignment.BASELINE);

        FormLayout info = new FormLayout();
        info.addFormItem(new Span(regions.path(h.villageCode())), getTranslation("household.village"));
        info.addFormItem(
                new Span(
                        h.identificationMonth() == null
                                ? "—"
                                : h.identificationMonth().toString()),
                getTranslation("household.month"));
        info.addFormItem(new Span(Masking.phone(h.contactPhone())), getTranslation("household.phone"));
        info.addFormItem(new Span(getTranslation(h.worksAway() ? "yes" : "no")), getTranslation("household.worksAway"));
        info.addFormItem(
                new Span(getTranslation(h.riskEliminated() ? "yes" : "no")),
                getTranslation("household.riskEliminated"));
        h.factors().forEach((kind, codes) -> info.addFormItem(new Span(labels(codes)), kind.label()));

        HorizontalLayout buttons = new HorizontalLayout();
        for (HouseholdAction action : actions) {
            if (action.appliesTo(h)) {
                Button b = new Button(
                        getTranslation(action.labelKey()),
                        e -> action.open(h, () -> render(households.details(householdId))));
                b.setId("action-" + action.labelKey().replace('.', '-'));
                gate(b, action.features(h), h);
                buttons.add(b);
            }
        }
        add(
                header,
                info,
                buttons,
                new H3(getTranslation("household.members")),
                members(h),
                new H3(getTranslation("household.history")),
                history(h),
                new BaseDataPanel(
                        baseData,
                        naturalChanges,
                        officers,
                        h,
                        closed(h, Feature.BASE_DATA_EDIT, Feature.NATURAL_CHANGE)));
        sections.forEach(section -> add(new H3(getTranslation(section.titleKey())), section.create(h)));
    }

    /** R12: an action whose functions are all closed in the province stays visible, disabled, with the reason. */
    private void gate(Button button, Set<Feature> needed, HouseholdDetails h) {
        List<Feature> closed = closed(h, needed.toArray(Feature[]::new));
        if (!needed.isEmpty() && closed.size() == needed.size()) {
            button.setEnabled(false);
            button.setTooltipText(getTranslation("gating.closed", Labels.features(this::getTranslation, closed)));
        }
    }

    private List<Feature> closed(HouseholdDetails h, Feature... needed) {
        return java.util.Arrays.stream(needed)
                .sorted()
                .filter(f -> !features.isOpen(f, h.villageCode()))
                .toList();
    }

    private Grid<HouseholdDetails.MemberView> members(HouseholdDetails h) {
        Grid<HouseholdDetails.MemberView> grid = new Grid<>();
        grid.addColumn(HouseholdDetails.MemberView::name).setHeader(getTranslation("household.member.name"));
        grid.addColumn(m -> Masking.idNumber(m.idNumber())).setHeader(getTranslation("household.member.id"));
        grid.addColumn(m -> m.relation().label()).setHeader(getTranslation("household.member.relation"));
        grid.addColumn(m -> getTranslation("sex." + m.sex())).setHeader(getTranslation("household.member.sex"));
        grid.addColumn(HouseholdDetails.MemberView::birthDate).setHeader(getTranslation("household.member.birth"));
        grid.setItems(h.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("members");
        return grid;
    }

    private Grid<HouseholdDetails.CategoryChangeView> history(HouseholdDetails h) {
        Grid<HouseholdDetails.CategoryChangeView> grid = new Grid<>();
        grid.addColumn(c -> WHEN.format(c.changedAt())).setHeader(getTranslation("household.history.when"));
        grid.addColumn(c -> c.from() == null ? "—" : c.from().label())
                .setHeader(getTranslation("household.history.from"));
        grid.addColumn(c -> c.to().label()).setHeader(getTranslation("household.history.to"));
        Map<String, String> names = officers.displayNames(h.categoryHistory().stream()
                .map(HouseholdDetails.CategoryChangeView::changedBy)
                .toList());
        grid.addColumn(c -> Labels.actor(this::getTranslation, names, c.changedBy()))
                .setTooltipGenerator(HouseholdDetails.CategoryChangeView::changedBy)
                .setHeader(getTranslation("household.history.by"));
        grid.addColumn(c -> Labels.procedure(this::getTranslation, c.procedure()))
                .setHeader(getTranslation("household.history.procedure"));
        grid.setItems(h.categoryHistory());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("category-history");
        return grid;
    }

    private static String labels(java.util.Set<PovertyFactor> codes) {
        return codes.stream().map(PovertyFactor::label).collect(Collectors.joining("、"));
    }
}
