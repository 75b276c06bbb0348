package cn.jiandang.household.search;

/**
 * How many households a query finds, counted only up to a cap: {@code capped} means "more than {@code count}" (shown
 * as "1,000+"), so that no page of a province counts a million rows.
 */
public record SearchTotal(long count, boolean capped) {}
