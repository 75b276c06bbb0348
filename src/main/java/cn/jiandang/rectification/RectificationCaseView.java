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
        String processInstanceId) {

    /** The view as of today: a case not closed whose deadline has passed is overdue even before its timer fired. */
    RectificationCaseView asOf(LocalDate today) {
        boolean late = overdue || (status != RectificationStatus.CLOSED && deadline.isBefore(today));
        return late == overdue
                ? this
                : new RectificationCaseView(
                        id,
                        source,
                        type,
                        description,
                        householdId,
                        regionCode,
                        countyCode,
                        holderLevel,
                        handlerLevel,
                        status,
                        deadline,
                        true,
                        escalatedTo,
                        ownerGroup,
                        createdBy,
                        createdAt,
                        rectification,
                        evidence,
                        rectifiedBy,
                        rounds,
                        lastComment,
                        closedAt,
                        processInstanceId);
    }
}
