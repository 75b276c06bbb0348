package cn.jiandang.identification;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** R2 as the editable table processes/monitoring-scale.dmn decides it, through the engine's DecisionService. */
@Deployment(resources = "processes/monitoring-scale.dmn")
class MonitoringScaleDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    @ParameterizedTest(name = "{0}: {2} monitored of {1} registered poor, deep poverty {3} -> {4}% {5}")
    @CsvSource({
        "4% is fine,                  1000,  40, false,  5, OK",
        "4.49% is still fine,        10000, 449, false,  5, OK",
        "4.9% is near the limit,      1000,  49, false,  5, NEAR",
        "5% is at the limit (near),   1000,  50, false,  5, NEAR",
        "5.1% is over,                1000,  51, false,  5, OVER",
        "5.1% is fine when deep,      1000,  51, true,  10, OK",
        "10% in a deep-poverty county,1000, 100, true,  10, NEAR",
        "10.1% over even when deep,   1000, 101, true,  10, OVER",
        "no registered poor: over,       0,   3, false,  5, OVER"
    })
    void theTableJudgesTheShareAgainstTheLimit(
            String label, int registeredPoor, int monitored, boolean deep, int limit, String status) {
        DmnDecisionResultEntries result = engine.getDecisionService()
                .evaluateDecisionByKey("monitoringScale")
                .variables(Map.of(
                        "registeredPoorPopulation",
                        registeredPoor,
                        "monitoredPopulation",
                        monitored,
                        "deepPoverty",
                        deep))
                .evaluate()
                .getSingleResult();
        assertThat(((Number) result.getEntry("limitPercent")).intValue()).isEqualTo(limit);
        assertThat((String) result.getEntry("status")).isEqualTo(status);
    }
}
