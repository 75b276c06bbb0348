package cn.jiandang.household;

/**
 * An action that another capability offers on the household page (e.g. "start an identification").
 * The household page lists these beans, so it needs no knowledge of the procedures.
 */
public interface HouseholdAction {

    /** Message key of the button label. */
    String labelKey();

    /** Whether the action makes sense for this household (the service still checks when it runs). */
    boolean appliesTo(HouseholdDetails household);

    /** Opens the action's own dialog; {@code onDone} refreshes the page afterwards. */
    void open(HouseholdDetails household, Runnable onDone);
}
