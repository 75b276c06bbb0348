package cn.jiandang.statistics;

import cn.jiandang.household.Category;

/**
 * One category of one region on one day: the stock at the day's end (households, persons, helped, risk eliminated)
 * and the day's flows (entered and left the category, newly helped, risk newly eliminated).
 */
public record CategoryFigures(
        Category category,
        long households,
        long persons,
        long helped,
        long newlyHelped,
        long riskEliminated,
        long newlyRiskEliminated,
        long entered,
        long left) {

    public static CategoryFigures zero(Category category) {
        return new CategoryFigures(category, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    CategoryFigures withChanges(long entered, long left) {
        return new CategoryFigures(
                category, households, persons, helped, newlyHelped, riskEliminated, newlyRiskEliminated, entered, left);
    }
}
