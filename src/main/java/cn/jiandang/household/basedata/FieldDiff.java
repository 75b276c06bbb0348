package cn.jiandang.household.basedata;

/**
 * One field that differs between two versions, as an official reads it: {@code label} names the field in words
 * (成员 张三（1301**********1234）：文化程度), {@code before} and {@code after} are values in words (新致贫户, 因病, 是),
 * "—" for absent; {@code field} is the field's path for programs, ID numbers in it masked. Personal numbers are
 * masked everywhere, as in lists.
 */
public record FieldDiff(String field, String label, String before, String after) {}
