package cn.jiandang.statistics;

import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;

import java.util.Map;

/** The figures of the four categories (R13) of one region on one day, a zero row for a category without any. */
public record RegionFigures(RegionCode code, String name, Map<Category, CategoryFigures> byCategory) {

    public CategoryFigures of(Category category) {
        return byCategory.getOrDefault(category, CategoryFigures.zero(category));
    }

    /** Persons of the four categories together. */
    public long persons() {
        return StatisticsService.FOUR.stream().mapToLong(c -> of(c).persons()).sum();
    }
}
