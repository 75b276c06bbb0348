package cn.jiandang.yearend;

import java.time.Instant;

/** A village's year-end case. */
public record YearEndCaseView(
        long id,
        long roundId,
        int year,
        String villageCode,
        YearEndStatus status,
        int candidates,
        int included,
        Instant noticeStartedAt,
        Instant announcedAt,
        String processInstanceId) {}
