package cn.jiandang.featureaccess;

import java.time.Instant;
import java.time.LocalDate;

/** A function-opening request and what became of it, as views show it. */
public record FeatureGrantView(
        long id,
        String provinceCode,
        Feature feature,
        GrantStatus status,
        String reason,
        LocalDate validFrom,
        LocalDate validUntil,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        String closeReason,
        String closedBy,
        Instant closedAt,
        String processInstanceId) {}
