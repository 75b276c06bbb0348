package cn.jiandang.villageexit;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: the DMN threshold and every path of a village exit, delegates mocked, the notice timer executed. */
@Deployment(resources = {"processes/village-exit.bpmn", "processes/village-exit-threshold.dmn"})
class VillageExitProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        for (String name : List.of(
                "recordVillageAssessmentDelegate",
                "startVillageNoticeDelegate",
                "endVillageNoticeDelegate",
                "announceVillageExitDelegate",
                "rejectVillageExitDelegate")) {
            Mocks.register(name, (JavaDelegate) e -> calls.add(name.replace("Delegate", "")));
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @ParameterizedTest(name = "western={0}, incidence={1} -> {2}")
    @CsvSource({
        "false,0.0199,true",
        "false,0.02,false",
        "true,0.0299,true",
        "true,0.03,false",
        "true,0.02,true",
        "false,0.0,true"
    })
    void theThresholdTableIsTwoPercentCentralAndThreePercentWestern(
            boolean western, double incidence, boolean qualifies) {
        Object result = engine.getDecisionService()
                .evaluateDecisionTableByKey(
                        "villageExitThreshold",
                        Variables.createVariables().putValue("western", western).putValue("incidence", incidence))
                .getSingleEntry();
        assertThat(result).isEqualTo(qualifies);
    }

    @Test
    void belowTheThresholdApprovedNoticedAndAnnounced() {
        ProcessInstance pi = start(false, 0.015);
        assertThat(pi).isWaitingAt("countyReview").variables().containsEntry("qualifies", true);
        assertThat(task(pi)).hasCandidateGroup("COUNTY_OFFICER:130125");
        complete(task(pi), Map.of("approved", true));
        assertThat(pi).isWaitingAt("noticeGateway");
        Job timer = job(pi);
        assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant())
                        .toDays())
                .isBetween(6L, 7L);
        execute(timer);
        assertThat(pi).isWaitingAt("countyAnnouncement");
        complete(task(pi), Map.of());
        assertThat(pi).isEnded().hasPassed("announceExit", "exited");
        assertThat(calls)
                .containsExactly(
                        "recordVillageAssessment", "startVillageNotice", "endVillageNotice", "announceVillageExit");
    }

    @Test
    void atTheThresholdItIsRejectedWithoutACountyTask() {
        ProcessInstance pi = start(false, 0.02);
        assertThat(pi).isEnded().hasPassed("recordRejection", "notExited").hasNotPassed("countyReview");
        assertThat(calls).containsExactly("recordVillageAssessment", "rejectVillageExit");
    }

    @Test
    void aWesternVillageQualifiesBelowThreePercent() {
        ProcessInstance pi = start(true, 0.025);
        assertThat(pi).isWaitingAt("countyReview");
    }

    @Test
    void theCountyRejects() {
        ProcessInstance pi = start(false, 0.01);
        complete(task(pi), Map.of("approved", false));
        assertThat(pi).isEnded().hasPassed("notExited").hasNotPassed("startNotice");
    }

    @Test
    void anObjectionDuringTheNoticeReturnsToTheCountyWhichNoticesAgain() {
        ProcessInstance pi = start(false, 0.01);
        complete(task(pi), Map.of("approved", true));
        engine.getRuntimeService()
                .createMessageCorrelation("villageExitObjection")
                .processInstanceBusinessKey("3")
                .correlate();
        assertThat(pi).isWaitingAt("countyReview");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
        complete(task(pi), Map.of("approved", true));
        execute(job(pi));
        complete(task(pi), Map.of());
        assertThat(pi).isEnded().hasPassed("exited");
        assertThat(calls).filteredOn("startVillageNotice"::equals).hasSize(2);
    }

    private ProcessInstance start(boolean western, double incidence) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "villageExit",
                        "3",
                        withVariables(
                                "caseId",
                                3L,
                                "villageCode",
                                "130125100201",
                                "western",
                                western,
                                "incidence",
                                incidence,
                                "countyGroup",
                                "COUNTY_OFFICER:130125",
                                "noticeDuration",
                                "P7D"));
    }
}
