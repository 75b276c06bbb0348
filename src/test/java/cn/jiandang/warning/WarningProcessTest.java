package cn.jiandang.warning;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: both branches of processes/warning-verification.bpmn, delegates mocked. */
@Deployment(resources = "processes/warning-verification.bpmn")
class WarningProcessTest {

    static final String VILLAGE = "VILLAGE_OFFICER:130125100201";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        Mocks.register("recordNoRiskDelegate", (JavaDelegate) e -> calls.add("noRisk:" + e.getVariable("caseId")));
        Mocks.register("startWarningIdentificationDelegate", (JavaDelegate) e -> calls.add(
                "identify:" + e.getVariable("caseId") + ":" + e.getVariable(WarningVariables.IDENTIFICATION_KIND)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theVillageFindsNoRisk() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("verifyWarning");
        assertThat(task()).hasCandidateGroup(VILLAGE).hasName("核实预警");
        complete(task(), Map.of(WarningVariables.NO_RISK, true));
        assertThat(pi).isEnded().hasPassedInOrder("verificationResult", "recordNoRisk", "noRisk");
        assertThat(pi).hasNotPassed("startIdentification");
        assertThat(calls).containsExactly("noRisk:7");
    }

    @Test
    void theVillageFindsARiskAndTheIdentificationStarts() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("verifyWarning");
        complete(task(), Map.of(WarningVariables.NO_RISK, false, WarningVariables.IDENTIFICATION_KIND, "MONITORED"));
        assertThat(pi).isEnded().hasPassedInOrder("verificationResult", "startIdentification", "identificationStarted");
        assertThat(pi).hasNotPassed("recordNoRisk");
        assertThat(calls).containsExactly("identify:7:MONITORED");
    }

    private ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(
                        WarningVariables.PROCESS_KEY,
                        "7",
                        withVariables("caseId", 7L, "regionCode", "130125100201", "villageGroup", VILLAGE));
    }
}
