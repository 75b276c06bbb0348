package cn.jiandang.household.basedata;

import java.time.Instant;

/** One kept version of a household's base data (R8): number, when, who, and the procedure or task. */
public record VersionView(int number, Instant changedAt, String changedBy, String procedure, String taskId) {}
