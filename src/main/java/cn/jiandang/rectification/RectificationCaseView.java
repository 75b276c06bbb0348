package cn.jiandang.rectification;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification case as forms and the supervisor board see it. */
public record RectificationCaseView(
        long id,
        ProblemSource source,
        ProblemType type,
        String description,
        Long householdId,
        String regionCode,
        String countyCode,
        String holderLevel,
        String handlerLevel,
        RectificationStatus status,
        LocalDate deadline,
        boolean overdue,
        String escalatedTo,
        String ownerGroup,
        String createdBy,
        Instant createdAt,
        String rectification,
        String evidence,
        String rectifiedBy,
        int rounds,
        String lastComment,
        Instant closedAt,
        String processInstanceId) {}
