package cn.jiandang.warning;

import java.math.BigDecimal;

/**
 * The decision's inputs of one household, aggregated over its signals of the last 12 months: medical expenses and
 * disaster losses summed, the other sources as "at least one", the last recorded year's net income (null: none) and
 * the current category (null: an ordinary household).
 */
record HouseholdInputs(
        long householdId,
        String villageCode,
        String category,
        BigDecimal medicalExpenses,
        BigDecimal disasterLoss,
        BigDecimal netIncome,
        boolean disabilityCertified,
        boolean unemployed,
        boolean dibaoCancelled) {}
