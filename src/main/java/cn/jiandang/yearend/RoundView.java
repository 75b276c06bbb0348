package cn.jiandang.yearend;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A year-end round of an area: its poverty line, how many village cases it started, and how many households of the
 * exiting categories were left out because they were at or below the line or had no per-capita income for the year
 * (no income recorded, or no member at 30 September).
 */
public record RoundView(
        long id,
        String areaCode,
        int year,
        int noticeDays,
        String openedBy,
        Instant openedAt,
        int cases,
        BigDecimal povertyLine,
        int withoutIncome,
        int atOrBelowLine) {}
