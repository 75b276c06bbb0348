package cn.jiandang.yearend;

import cn.jiandang.household.Category;

import java.time.LocalDate;
import java.util.List;

/**
 * A village's year-end exit list went on notice (公示), with only what may be shown to the public: each exiting
 * household's head and the category it leaves. Published in the transaction of the village's decision, so a
 * listener's copy stands or falls with it; a list posted again (after an objection) replaces the earlier one.
 */
public record YearEndListPublished(
        long caseId, String villageCode, List<Exiting> households, LocalDate from, LocalDate to) {

    /** One household of the list as the notice names it. */
    public record Exiting(long householdId, String headName, Category category) {}
}
