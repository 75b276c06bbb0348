package cn.jiandang.assistance;

import cn.jiandang.household.Category;

import java.time.Instant;
import java.util.List;

/** A household's assistance plan with its measures. */
public record AssistancePlanView(
        long id,
        long householdId,
        String villageCode,
        Category category,
        String helperName,
        String helperUnit,
        String reviewGroup,
        String status,
        String processInstanceId,
        String assignedBy,
        Instant assignedAt,
        String closedBy,
        Instant closedAt,
        List<MeasureView> measures) {}
