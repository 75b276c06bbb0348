package cn.jiandang.statistics;

import java.time.Instant;
import java.time.LocalDate;

/** When and by whom a day's snapshot was computed, and how many households (all categories) it counted. */
public record SnapshotRun(
        LocalDate day, Instant computedAt, String computedBy, String trigger, int households, long durationMs) {}
