package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One household: the actions the procedures offer, and its sections (profile, members, category history, incomes,
 * base data, the procedures' timeline, the audit entries), each a {@link HouseholdSection} that the task page reuses.
 */
@Route("household/:householdId")
@PermitAll
public class HouseholdView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HouseholdService households;
    private final List<HouseholdAction> actions;
    private final List<HouseholdSection> sections;
    private final FeatureAccess features;
    private long householdId;

    public HouseholdView(
            HouseholdService households,
            List<HouseholdAction> actions,
            List<HouseholdSection> sections,
            FeatureAccess features) {
        this.households = households;
        this.actions = actions;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HouseholdSection::order))
                .toList();
        this.features = features;
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
        Span category = new Span(Texts.of(Category.class, h.category()));
        category.addClassName("jd-badge");
        category.setId("household-category");
        H2 title = Texts.data(new H2(h.headName()));
        title.setId("household-head");
        HorizontalLayout header = new HorizontalLayout(title, category);
        header.setAlignItems(Alignment.BASELINE);

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
        add(header, buttons);
        // the page's parts are sections that other pages reuse (the task page shows some beside its form)
        for (HouseholdSection section : sections) {
            if (section.titleKey() != null) {
                add(new H3(getTranslation(section.titleKey())));
            }
            add(section.create(h));
        }
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
        return Arrays.stream(needed)
                .sorted()
                .filter(f -> !features.isOpen(f, h.villageCode()))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.households");
    }
}
