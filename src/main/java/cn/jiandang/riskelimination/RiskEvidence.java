package cn.jiandang.riskelimination;

import java.math.BigDecimal;

/**
 * The village's evidence that the risk is gone: income above the monitoring line for the period, the "two
 * assurances and three guarantees" secure (schooling, medical care, housing, drinking water), the risk gone and no
 * new risk. Every item is required.
 */
public record RiskEvidence(
        BigDecimal perCapitaIncome,
        BigDecimal monitoringLine,
        boolean schoolingSecure,
        boolean medicalSecure,
        boolean housingSecure,
        boolean drinkingWaterSecure,
        boolean riskGone,
        boolean noNewRisk,
        String note) {}
