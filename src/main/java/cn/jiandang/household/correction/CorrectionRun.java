package cn.jiandang.household.correction;

import java.time.Instant;

/** An applied R7 correction: over which region, when, by whom, and how much it changed. */
public record CorrectionRun(
        long id,
        String scopeCode,
        Instant appliedAt,
        String appliedBy,
        int households,
        int naturalChanges,
        String summary) {}
