package cn.jiandang.household.ui;

import cn.jiandang.household.HouseholdDetails;
import com.vaadin.flow.component.Component;

/**
 * A section that another capability adds to the household page (e.g. the timeline of procedure steps),
 * so the household page needs no knowledge of the procedures. Sections are shown in {@link #order()}.
 */
public interface HouseholdSection {

    int order();

    /** Message key of the section's heading; null for a section that titles its own parts. */
    String titleKey();

    Component create(HouseholdDetails household);

    /**
     * Whether the task page shows this section too, read-only and collapsible beside the form, so that a reviewer
     * need not leave the task to see the household. Such a section offers no action.
     */
    default boolean onTaskPage() {
        return false;
    }
}
