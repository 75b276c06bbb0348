package cn.jiandang.statistics;

import cn.jiandang.household.Category;

/** Households that entered or left a category on a day through one procedure (the code kept in category_change). */
public record ProcedureChange(Category category, String procedure, long entered, long left) {}
