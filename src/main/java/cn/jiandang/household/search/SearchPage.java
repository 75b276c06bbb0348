package cn.jiandang.household.search;

import cn.jiandang.household.HouseholdSummary;

import java.util.List;

/** One page of households in list order; {@code next} is null on the last page. */
public record SearchPage(List<HouseholdSummary> rows, SearchCursor next) {}
