package cn.jiandang.rectification;

import java.time.LocalDate;

/**
 * A problem a household reported through the mobile app (R14), as the centre's app gateway passes it on: the
 * household by its id or by its head's ID number (one of the two), what it reports, and optionally the deadline
 * (default {@link AppReports#APP_REPORT_DAYS} days after receipt).
 */
public record AppReport(Long householdId, String headIdNumber, String description, LocalDate deadline) {}
