package cn.jiandang.household.ui;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.household.HouseholdDetails;

import java.util.Set;

/**
 * An action that another capability offers on the household page (e.g. "start an identification").
 * The household page lists these beans, so it needs no knowledge of the procedures.
 */
public interface HouseholdAction {

    /** Message key of the button label. */
    String labelKey();

    /** Whether the action makes sense for this household (the service still checks when it runs). */
    boolean appliesTo(HouseholdDetails household);

    /**
     * R12: the functions this action uses for the household. While none of them is open in the household's province,
     * the page shows the button disabled with the reason; the service refuses anyway. Empty: not gated.
     */
    default Set<Feature> features(HouseholdDetails household) {
        return Set.of();
    }

    /** Opens the action's own dialog; {@code onDone} refreshes the page afterwards. */
    void open(HouseholdDetails household, Runnable onDone);
}
