package cn.jiandang.yearend;

import cn.jiandang.household.Category;

/** Opens package-private year-end rules to tests in other packages. */
public final class YearEndTestSupport {

    private YearEndTestSupport() {}

    public static boolean mayExit(Category category) {
        return YearEndRules.MAY_EXIT.contains(category);
    }
}
