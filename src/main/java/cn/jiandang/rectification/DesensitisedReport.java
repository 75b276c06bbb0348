package cn.jiandang.rectification;

import java.time.Instant;
import java.time.LocalDate;

/** An app-reported problem as a province sees it (R14): no household, no place below the province, names masked. */
public record DesensitisedReport(
        long id,
        ProblemType type,
        String description,
        RectificationStatus status,
        LocalDate deadline,
        boolean overdue,
        Instant reportedAt) {}
