package cn.jiandang.warning;

import cn.jiandang.household.PovertyFactor;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One household's inputs judged by the editable table {@code warningRules} through the engine's DecisionService: the
 * table's latest version is looked up once per import, then evaluated by id (no query per household).
 */
@Component
class WarningRules {

    /** A warning the table raised: the risk (a {@link PovertyFactor} code) and the reason in Chinese. */
    record Verdict(PovertyFactor risk, String reason) {}

    private final DecisionService decisions;
    private final RepositoryService repository;

    WarningRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /** The id of the table's latest version: the one an import uses for all its households. */
    String latest() {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(WarningVariables.DECISION_KEY)
                .latestVersion()
                .singleResult()
                .getId();
    }

    Optional<Verdict> judge(String decisionId, HouseholdInputs in) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("category", in.category() == null ? "NONE" : in.category());
        variables.put("medicalExpenses", in.medicalExpenses());
        variables.put("disasterLoss", in.disasterLoss());
        variables.put("netIncome", in.netIncome());
        variables.put("disabilityCertified", in.disabilityCertified());
        variables.put("unemployed", in.unemployed());
        variables.put("dibaoCancelled", in.dibaoCancelled());
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionById(decisionId)
                .variables(variables)
                .evaluate()
                .getSingleResult();
        if (result == null || !Boolean.TRUE.equals(result.getEntry("warn"))) {
            return Optional.empty();
        }
        String risk = result.getEntry("risk");
        String reason = result.getEntry("reason");
        return Optional.of(new Verdict(
                risk == null ? PovertyFactor.OTHER : PovertyFactor.valueOf(risk),
                reason == null || reason.isBlank() ? "预警规则命中" : reason));
    }
}
