package cn.jiandang.riskelimination;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: every path of processes/risk-elimination.bpmn, delegates mocked, the notice timer executed. */
@Deployment(resources = "processes/risk-elimination.bpmn")
class RiskEliminationProcessTest {

    static final String VILLAGE = "VILLAGE_OFFICER:130125100201";
    static final String TOWNSHIP = "TOWNSHIP_OFFICER:130125100";
    static final String COUNTY = "COUNTY_OFFICER:130125";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        Mocks.register("publishRiskNoticeDelegate", (JavaDelegate) e -> calls.add("notice"));
        Mocks.register("markRiskEliminatedDelegate", (JavaDelegate) e -> calls.add("mark:" + e.getVariable("caseId")));
        Mocks.register(
                "rejectRiskEliminationDelegate", (JavaDelegate) e -> calls.add("reject:" + e.getVariable("caseId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void approvedAtEveryLevelTheFlagIsSet() {
        ProcessInstance pi = toTownship();
        assertThat(task()).hasCandidateGroup(TOWNSHIP);
        complete(task(), Map.of("townshipDecision", "APPROVE"));
        assertThat(pi).isWaitingAt("countyApproval");
        assertThat(task()).hasCandidateGroup(COUNTY);
        complete(task(), Map.of("countyApproved", true));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder("publishNotice", "noticePeriodOver", "markRiskEliminated", "riskEliminated")
                .hasNotPassed("recordRejection");
        assertThat(calls).containsExactly("notice", "mark:9");
    }

    @Test
    void homeVerificationFindsTheEvidenceUntrue() {
        ProcessInstance pi = start();
        assertThat(task()).hasCandidateGroup(VILLAGE);
        complete(task(), Map.of("verificationConfirmed", false));
        assertThat(pi)
                .isEnded()
                .hasPassed("verificationConfirmed", "recordRejection", "riskRemains")
                .hasNotPassed("democraticAppraisal");
        assertThat(calls).containsExactly("reject:9");
    }

    @Test
    void theAppraisalFails() {
        ProcessInstance pi = start();
        complete(task(), Map.of("verificationConfirmed", true));
        assertThat(pi).isWaitingAt("democraticAppraisal");
        assertThat(task()).hasCandidateGroup(VILLAGE);
        complete(task(), Map.of("appraisalApproved", false));
        assertThat(pi).isEnded().hasPassed("appraisalPassed", "recordRejection").hasNotPassed("publishNotice");
    }

    @Test
    void theTownshipRejects() {
        ProcessInstance pi = toTownship();
        complete(task(), Map.of("townshipDecision", "REJECT"));
        assertThat(pi).isEnded().hasPassed("rejectionJoin", "riskRemains").hasNotPassed("countyApproval");
    }

    @Test
    void theTownshipReturnsToTheVillage() {
        ProcessInstance pi = toTownship();
        complete(task(), Map.of("townshipDecision", "RETURN"));
        assertThat(pi).isWaitingAt("homeVerification").hasNotPassed("rejectionJoin", "countyApproval");
        complete(task(), Map.of("verificationConfirmed", true));
        complete(task(), Map.of("appraisalApproved", true));
        execute(job("noticePeriodOver"));
        complete(task(), Map.of("townshipDecision", "APPROVE"));
        complete(task(), Map.of("countyApproved", true));
        assertThat(pi).isEnded().hasPassed("riskEliminated");
        assertThat(calls).containsExactly("notice", "notice", "mark:9");
    }

    @Test
    void theCountyRejects() {
        ProcessInstance pi = toTownship();
        complete(task(), Map.of("townshipDecision", "APPROVE"));
        complete(task(), Map.of("countyApproved", false));
        assertThat(pi)
                .isEnded()
                .hasPassed("countyDecision", "recordRejection", "riskRemains")
                .hasNotPassed("markRiskEliminated");
    }

    private ProcessInstance toTownship() {
        ProcessInstance pi = start();
        complete(task(), Map.of("verificationConfirmed", true));
        complete(task(), Map.of("appraisalApproved", true));
        assertThat(pi).isWaitingAt("noticePeriodOver");
        execute(job("noticePeriodOver"));
        assertThat(pi).isWaitingAt("townshipReview");
        return pi;
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        "riskElimination",
                        "9",
                        withVariables(
                                "caseId",
                                9L,
                                "householdId",
                                43L,
                                "villageCode",
                                "130125100201",
                                "villageGroup",
                                VILLAGE,
                                "townshipGroup",
                                TOWNSHIP,
                                "countyGroup",
                                COUNTY,
                                "noticeDuration",
                                "P7D"));
        assertThat(pi).isWaitingAt("homeVerification");
        return pi;
    }
}
