package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;

/**
 * What a task's case is about, as a line of the task list shows it: the household head with the masked ID number,
 * the household's village and its category: its Chinese label, and its key in the message bundles for the officer's
 * language ({@code enum.Category.POOR}, {@code enum.Category.NONE} for an ordinary household). No other personal data.
 */
public record CaseSubject(
        String headName, String headIdMasked, RegionCode village, String categoryLabel, String categoryKey) {}
