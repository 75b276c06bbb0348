package cn.jiandang.warning;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editable table processes/warning-rules.dmn through the engine's DecisionService, at each threshold: just below,
 * at and just above; the categories it leaves out; the combinations.
 */
@Deployment(resources = "processes/warning-rules.dmn")
class WarningRulesDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "medical just below half,        NONE,       4999.99,       0, 10000, false, false, false, false,",
        "medical at half,                NONE,       5000,          0, 10000, false, false, false, false,",
        "medical just above half,        NONE,       5000.01,       0, 10000, false, false, false, true,  ILLNESS",
        "medical above half exited,      EXITED,     8000,          0, 10000, false, false, false, true,  ILLNESS",
        "medical above half marginal,    MARGINAL,   8000,          0, 10000, false, false, false, true,  ILLNESS",
        "medical - poor not warned,       POOR,       8000,          0, 10000, false, false, false, false,",
        "medical - newly poor not warned, NEWLY_POOR, 8000,          0, 10000, false, false, false, false,",
        "medical - returned not warned,   RETURNED,   8000,          0, 10000, false, false, false, false,",
        "medical without income,         NONE,       8000,          0,      , false, false, false, false,",
        "disaster just below a third,    NONE,       0,       3333.33, 10000, false, false, false, false,",
        "disaster at a third,            NONE,       0,          1000,  3000, false, false, false, false,",
        "disaster just above a third,    NONE,       0,       3333.34, 10000, false, false, false, true,  DISASTER",
        "disaster above a third exited,  EXITED,     0,          5000, 10000, false, false, false, true,  DISASTER",
        "disability alone,               NONE,       0,             0, 10000, true,  false, false, false,",
        "unemployment alone,             NONE,       0,             0, 10000, false, true,  false, false,",
        "disability and unemployment,    EXITED,     0,             0, 10000, true,  true,  false, true,  DISABILITY",
        "dibao cancelled for ordinary,      NONE,       0,             0, 10000, false, false, true,  false,",
        "dibao cancelled for exited,        EXITED,     0,             0, 10000, false, false, true,  false,",
        "dibao cancelled for monitored,     MONITORED,  0,             0, 10000, false, false, true,  true,  LACK_OF_FUNDS",
        "dibao cancelled for marginal,      MARGINAL,   0,             0,      , false, false, true,  true,  LACK_OF_FUNDS",
        "medical first of several,       MARGINAL,   9000,       9000, 10000, true,  true,  true,  true,  ILLNESS"
    })
    void theTableWarnsAboveEachThresholdOnly(
            String label,
            String category,
            BigDecimal medical,
            BigDecimal disaster,
            BigDecimal netIncome,
            boolean disability,
            boolean unemployed,
            boolean dibaoCancelled,
            boolean warn,
            String risk) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", category);
        inputs.put("medicalExpenses", medical);
        inputs.put("disasterLoss", disaster);
        inputs.put("netIncome", netIncome);
        inputs.put("disabilityCertified", disability);
        inputs.put("unemployed", unemployed);
        inputs.put("dibaoCancelled", dibaoCancelled);
        DmnDecisionResultEntries result = engine.getDecisionService()
                .evaluateDecisionByKey("warningRules")
                .variables(inputs)
                .evaluate()
                .getSingleResult();
        assertThat((Boolean) result.getEntry("warn")).isEqualTo(warn);
        assertThat((String) result.getEntry("risk")).isEqualTo(risk);
        if (warn) {
            assertThat((String) result.getEntry("reason")).isNotBlank();
        }
    }
}
