package cn.jiandang.warning;

import cn.jiandang.household.PovertyFactor;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One household's inputs judged by the editable table {@code warningRules} as deployed: its latest version is read
 * from the engine's repository once per import and evaluated in memory by Camunda's DMN engine (public API, the same
 * FEEL), because the engine's DecisionService writes a history entry of every evaluation, which cost about as much as
 * the import itself for thousands of households; the warning row and the audit keep the outcome instead.
 */
@Component
class WarningRules {

    /** A warning the table raised: the risk (a {@link PovertyFactor} code) and the reason in Chinese. */
    record Verdict(PovertyFactor risk, String reason) {}

    private final RepositoryService repository;
    private final DmnEngine dmn =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    WarningRules(RepositoryService repository) {
        this.repository = repository;
    }

    /** The table's latest deployed version, parsed once per version: the one an import uses for all its households. */
    DmnDecision latest() {
        String id = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(WarningVariables.DECISION_KEY)
                .latestVersion()
                .singleResult()
                .getId();
        return parsed.computeIfAbsent(id, this::parse);
    }

    private DmnDecision parse(String decisionDefinitionId) {
        try (InputStream model = repository.getDecisionModel(decisionDefinitionId)) {
            return dmn.parseDecision(WarningVariables.DECISION_KEY, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Verdict> judge(DmnDecision decision, HouseholdInputs in) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("category", in.category() == null ? "NONE" : in.category());
        variables.put("medicalExpenses", in.medicalExpenses());
        variables.put("disasterLoss", in.disasterLoss());
        variables.put("netIncome", in.netIncome());
        variables.put("disabilityCertified", in.disabilityCertified());
        variables.put("unemployed", in.unemployed());
        variables.put("dibaoCancelled", in.dibaoCancelled());
        DmnDecisionResultEntries result =
                dmn.evaluateDecision(decision, variables).getSingleResult();
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
