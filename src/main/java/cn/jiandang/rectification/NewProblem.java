package cn.jiandang.rectification;

import java.time.LocalDate;

/** One problem to rectify: a household (by id) or a region (by code), its type and description. */
public record NewProblem(
        Long householdId,
        String regionCode,
        ProblemType type,
        String description,
        ProblemSource source,
        LocalDate deadline) {}
