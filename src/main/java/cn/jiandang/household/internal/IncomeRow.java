package cn.jiandang.household.internal;

import cn.jiandang.household.Category;

import java.math.BigDecimal;

/** One row of the income query: a household, its net income of the year (null: none) and its size at 30 September. */
public record IncomeRow(
        Long householdId, String villageCode, Category category, BigDecimal netIncome, Long householdSize) {}
