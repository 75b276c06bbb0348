package cn.jiandang.riskelimination;

import cn.jiandang.household.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A risk-elimination case as forms and other modules see it. */
public record RiskEliminationCaseView(
        long id,
        long householdId,
        String villageCode,
        Category category,
        RiskCaseStatus status,
        String processInstanceId,
        String proposedBy,
        Instant proposedAt,
        LocalDate incomePeriodStart,
        LocalDate incomePeriodEnd,
        BigDecimal perCapitaIncome,
        BigDecimal monitoringLine,
        boolean schoolingSecure,
        boolean medicalSecure,
        boolean housingSecure,
        boolean drinkingWaterSecure,
        boolean riskGone,
        boolean noNewRisk,
        String evidenceNote,
        Boolean appraisalPassed,
        String appraisalMinutes,
        String noticeText,
        ReviewDecision townshipDecision,
        String decidedBy,
        Instant decidedAt,
        String decisionComment) {}
