package cn.jiandang.yearend;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A year-end round of an area: its poverty line, how many village cases it started, and how many households of the
 * exiting categories were left out because they had no income for the year or were at or below the line.
 */
public record RoundView(long id, String areaCode, int year, int noticeDays, String openedBy, Instant openedAt, int cases,
                        BigDecimal povertyLine, int withoutIncome, int atOrBelowLine) {
}
