package cn.jiandang.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One measure as forms show it. */
public record MeasureView(
        long id,
        long planId,
        MeasureType type,
        String description,
        BigDecimal plannedAmount,
        MeasureStatus status,
        LocalDate carriedOutOn,
        BigDecimal actualAmount,
        String projectRef,
        String recordedBy,
        String returnComment) {}
