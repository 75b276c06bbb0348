package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;

/**
 * What a task's case is about, as a line of the task list shows it: the household head with the masked ID number,
 * the household's village and its category's label. No other personal data.
 */
public record CaseSubject(String headName, String headIdMasked, RegionCode village, String categoryLabel) {}
