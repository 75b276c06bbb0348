package cn.jiandang.household.ui;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionService;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.ui.TaskAside;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Optional;

/** Beside a task about a household: its head, category, village, size and a link to its page. */
@org.springframework.stereotype.Component
class HouseholdAside implements TaskAside {

    private final HouseholdService households;
    private final RegionService regions;

    HouseholdAside(HouseholdService households, RegionService regions) {
        this.households = households;
        this.regions = regions;
    }

    @Override
    public Optional<Component> create(TaskRef task) {
        if (task.householdId() == null) {
            return Optional.empty();
        }
        HouseholdDetails h = households.details(task.householdId());
        VerticalLayout box = new VerticalLayout();
        box.setWidth("22em");
        box.getStyle()
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        box.add(
                new H3(box.getTranslation("task.household")),
                new Paragraph(h.headName() + " · " + Category.labelOf(h.category())),
                new Paragraph(regions.path(h.villageCode())),
                new Paragraph(box.getTranslation("households.col.size") + "："
                        + h.members().size()),
                new Anchor("household/" + h.id(), box.getTranslation("household.title")));
        box.setId("task-household");
        return Optional.of(box);
    }
}
