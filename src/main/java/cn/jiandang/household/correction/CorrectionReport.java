package cn.jiandang.household.correction;

import java.util.List;

/**
 * What the R7 batch correction changes (dry run) or changed (apply): households whose identification month moves,
 * natural changes whose month moves, births left alone because the child was born in October–December 2019, the
 * affected households, the report's lines, and (applied) the run whose report stays downloadable.
 */
public record CorrectionReport(
        boolean applied,
        int identificationMonths,
        int naturalChangeMonths,
        int birthsKept,
        List<Long> affectedHouseholds,
        List<CorrectionRow> rows,
        Long runId) {}
