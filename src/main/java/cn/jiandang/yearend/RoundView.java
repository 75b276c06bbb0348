package cn.jiandang.yearend;

import java.time.Instant;

/** A year-end round of an area and how many village cases it started. */
public record RoundView(long id, String areaCode, int year, int noticeDays, String openedBy, Instant openedAt, int cases) {
}
