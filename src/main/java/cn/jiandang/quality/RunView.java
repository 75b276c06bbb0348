package cn.jiandang.quality;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run of the rule set over a region: who asked and when, where it stands, and what it found: problems found by
 * this run, newly opened ones and those it closed because they are gone.
 */
public record RunView(
        long id,
        String regionCode,
        String trigger,
        LocalDate nightlyDay,
        RunStatus status,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        int found,
        int opened,
        int closed,
        long millis,
        String failure) {}
