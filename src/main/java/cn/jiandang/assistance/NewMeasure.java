package cn.jiandang.assistance;

import java.math.BigDecimal;

/** A measure to assign: its type, what it is, and the amount planned (yuan, may be empty). */
public record NewMeasure(MeasureType type, String description, BigDecimal plannedAmount) {}
