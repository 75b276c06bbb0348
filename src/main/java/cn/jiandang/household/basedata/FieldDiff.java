package cn.jiandang.household.basedata;

/** One field that differs between two versions; null stands for "absent". */
public record FieldDiff(String field, String before, String after) {}
