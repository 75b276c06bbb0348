package cn.jiandang.household.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.ui.TaskAside;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Beside a task about a household, read-only: the household page's own sections that are meant for it (profile,
 * members, category history, incomes, earlier procedures with their files, see {@link HouseholdSection#onTaskPage}),
 * each collapsible, and a link to the household's page. A reviewer need not leave the task to see the household.
 */
@org.springframework.stereotype.Component
class HouseholdAside implements TaskAside {

    /** How many of the sections are open at first (profile, members, category history, incomes). */
    private static final int OPEN_SECTIONS = 4;

    private final HouseholdService households;
    private final RegionService regions;
    private final List<HouseholdSection> sections;

    HouseholdAside(HouseholdService households, RegionService regions, List<HouseholdSection> sections) {
        this.households = households;
        this.regions = regions;
        this.sections = sections.stream()
                .filter(HouseholdSection::onTaskPage)
                .sorted(Comparator.comparingInt(HouseholdSection::order))
                .toList();
    }

    @Override
    public Optional<Component> create(TaskRef task) {
        if (task.householdId() == null) {
            return Optional.empty();
        }
        HouseholdDetails h = households.details(task.householdId());
        VerticalLayout box = new VerticalLayout();
        box.setWidth("30em");
        box.getStyle().set("flex-shrink", "0");
        box.addClassName("jd-task-household");
        Paragraph head = new Paragraph(
                Texts.data(new Span(h.headName())), new Span(" · " + Texts.of(Category.class, h.category())));
        box.add(
                new H3(box.getTranslation("task.household")),
                head,
                Texts.data(new Paragraph(regions.path(h.villageCode()))));
        int shown = 0;
        for (HouseholdSection section : sections) {
            box.add(section(box.getTranslation(section.titleKey()), section, h, shown++ < OPEN_SECTIONS));
        }
        Anchor page = new Anchor("household/" + h.id(), box.getTranslation("household.title"));
        page.setId("task-household-page");
        box.add(page);
        box.setId("task-household");
        return Optional.of(box);
    }

    /** A collapsible section; a closed one is built only when it is opened. */
    private static Details section(String title, HouseholdSection section, HouseholdDetails h, boolean open) {
        Details details = new Details(title);
        details.setWidthFull();
        details.setId("task-household-" + section.titleKey().replace('.', '-'));
        Runnable fill = () -> {
            if (details.getContent().findAny().isEmpty()) {
                details.add(section.create(h));
            }
        };
        if (open) {
            details.setOpened(true);
            fill.run();
        } else {
            details.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    fill.run();
                }
            });
        }
        return details;
    }
}
