package cn.jiandang.household;

import java.math.BigDecimal;

/** One row of the income query: a household, its net income of the year (null: none) and its size at 30 September. */
record IncomeRow(Long householdId, String villageCode, Category category, BigDecimal netIncome, Long householdSize) {}
