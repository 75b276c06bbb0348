package cn.jiandang.identification;

import cn.jiandang.household.counts.HouseholdPopulation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * R2 at the county's approval: the county's monitored plus marginal population (this household included) against
 * its registered poor population, judged by the editable decision table {@code monitoringScale}.
 */
@Component
class MonitoringScaleCheck {

    private final HouseholdPopulation population;
    private final RegionService regions;
    private final DecisionService decisions;

    MonitoringScaleCheck(HouseholdPopulation population, RegionService regions, DecisionService decisions) {
        this.population = population;
        this.regions = regions;
        this.decisions = decisions;
    }

    Result check(RegionCode village, int householdSize) {
        RegionCode county = village.ancestor(RegionLevel.COUNTY);
        int registeredPoor = (int) population.persons(county, HouseholdPopulation.REGISTERED_POOR);
        int monitored = (int) population.persons(county, HouseholdPopulation.MONITORING_OBJECTS) + householdSize;
        boolean deepPoverty = regions.find(county).map(RegionView::deepPoverty).orElse(false);
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(IdentificationVariables.DECISION_MONITORING_SCALE)
                .variables(Map.of(
                        "registeredPoorPopulation",
                        registeredPoor,
                        "monitoredPopulation",
                        monitored,
                        "deepPoverty",
                        deepPoverty))
                .evaluate()
                .getSingleResult();
        return new Result(
                registeredPoor,
                monitored,
                deepPoverty,
                ((Number) result.getEntry("limitPercent")).intValue(),
                ScaleStatus.valueOf(result.getEntry("status")));
    }

    record Result(int registeredPoor, int monitored, boolean deepPoverty, int limitPercent, ScaleStatus status) {}
}
