package cn.jiandang.household.basedata;

import cn.jiandang.household.IncomeRecord;

import java.math.BigDecimal;

/**
 * One year's income with what the rules compute from it: net income, household size at 30 September (R6) and
 * per-capita net income (null when nobody was a member on that date).
 */
public record IncomeView(IncomeRecord record, BigDecimal net, long sizeAtCountingDate, BigDecimal perCapita) {}
