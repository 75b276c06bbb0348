package cn.jiandang.tasks;

/**
 * How many open tasks a tab holds, counted only up to a cap: {@code capped} means "more than {@code count}" (shown as
 * "1,000+"), so that opening the task list of a province never counts its hundreds of thousands of tasks.
 */
public record TaskTotal(long count, boolean capped) {}
