package cn.jiandang.statistics;

import cn.jiandang.identification.IdentificationVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/**
 * R2 per county on the snapshot's day: the county rows just written give the populations, the decision table
 * {@code monitoringScale} (the one the county's approval step uses, editable by officials) gives the limit and the
 * verdict, kept with the day so that an older day shows the rule as it was then.
 */
@Component
class ScaleSnapshot {

    private final SnapshotSql sql;
    private final DecisionService decisions;

    ScaleSnapshot(SnapshotSql sql, DecisionService decisions) {
        this.sql = sql;
        this.decisions = decisions;
    }

    void compute(LocalDate day) {
        for (Object[] row : sql.countyPopulations(day)) {
            int poor = ((Number) row[1]).intValue();
            int monitored = ((Number) row[2]).intValue();
            boolean deep = ((Number) row[3]).intValue() == 1;
            DmnDecisionResultEntries result = decisions
                    .evaluateDecisionByKey(IdentificationVariables.DECISION_MONITORING_SCALE)
                    .variables(Map.of(
                            "registeredPoorPopulation", poor, "monitoredPopulation", monitored, "deepPoverty", deep))
                    .evaluate()
                    .getSingleResult();
            sql.insertScale(
                    day,
                    (String) row[0],
                    poor,
                    monitored,
                    deep,
                    ((Number) result.getEntry("limitPercent")).intValue(),
                    result.getEntry("status"));
        }
    }
}
