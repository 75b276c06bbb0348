package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

import java.math.BigDecimal;

/**
 * A household that may exit (POOR, NEWLY_POOR, RETURNED) and its income of one year (R6): net income, household
 * size at 30 September and per-capita net income; net and per-capita are null without an income record for the year.
 */
public record ExitStanding(
        long householdId,
        RegionCode village,
        Category category,
        BigDecimal netIncome,
        long householdSize,
        BigDecimal perCapitaIncome) {

    /** Whether an income of the year is recorded and the household had members at 30 September. */
    public boolean hasIncome() {
        return perCapitaIncome != null;
    }
}
