package cn.jiandang.household.ui;

import cn.jiandang.household.HouseholdDetails;
import com.vaadin.flow.component.Component;

/**
 * A section that another capability adds to the household page (e.g. the timeline of procedure steps),
 * so the household page needs no knowledge of the procedures. Sections are shown in {@link #order()}.
 */
public interface HouseholdSection {

    int order();

    /** Message key of the section's heading. */
    String titleKey();

    Component create(HouseholdDetails household);
}
