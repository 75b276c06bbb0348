package cn.jiandang.statistics;

import cn.jiandang.household.Category;

import java.time.LocalDate;
import java.util.Map;

/** Households per category of a region on one day that has a snapshot. */
public record TrendPoint(LocalDate day, Map<Category, Long> households) {}
