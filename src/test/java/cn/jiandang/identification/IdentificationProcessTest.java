package cn.jiandang.identification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: every path of processes/identification.bpmn, delegates mocked, timers executed explicitly. */
@Deployment(resources = "processes/identification.bpmn")
class IdentificationProcessTest {

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
        Mocks.register("publishNoticeDelegate", (JavaDelegate) e -> calls.add("notice"));
        Mocks.register("checkMonitoringScaleDelegate", (JavaDelegate) e -> {
            calls.add("scale");
            e.setVariable("scaleStatus", "NEAR");
        });
        Mocks.register("announceIdentificationDelegate", (JavaDelegate) e -> calls.add("announce"));
        Mocks.register(
                "registerIdentificationDelegate", (JavaDelegate) e -> calls.add("register:" + e.getVariable("caseId")));
        Mocks.register(
                "rejectIdentificationDelegate", (JavaDelegate) e -> calls.add("reject:" + e.getVariable("caseId")));
        Mocks.register("escalateIdentificationDelegate", (JavaDelegate) e -> {
            calls.add("escalate");
            e.setVariable("escalationGroup", TOWNSHIP);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void newlyPoorPassesEveryLevelWithoutTheScaleCheck() {
        ProcessInstance pi = start("NEWLY_POOR", false);
        assertThat(pi).isWaitingAt("homeVerification");
        assertThat(task()).hasCandidateGroup(VILLAGE);
        complete(Map.of());
        assertThat(pi).isWaitingAt("democraticAppraisal");
        assertThat(task()).hasCandidateGroup(VILLAGE);
        complete(Map.of("appraisalApproved", true));
        assertThat(pi).isWaitingAt("noticePeriodOver");
        assertThat(calls).containsExactly("notice");
        assertThat(job("noticePeriodOver").getDuedate()).isNotNull();

        execute(job("noticePeriodOver"));
        assertThat(pi).isWaitingAt("townshipReview");
        assertThat(task()).hasCandidateGroup(TOWNSHIP);
        complete(Map.of("townshipDecision", "APPROVE"));
        assertThat(pi)
                .isWaitingAt("countyApproval")
                .hasPassed("quotaApplies", "scaleJoin")
                .hasNotPassed("checkMonitoringScale");
        assertThat(task()).hasCandidateGroup(COUNTY);
        complete(Map.of("countyApproved", true));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder("announce", "registerHousehold", "identified")
                .hasNotPassed("recordRejection");
        assertThat(calls).containsExactly("notice", "announce", "register:7");
    }

    @Test
    void aMonitoringObjectIsCheckedAgainstTheScaleBeforeTheCounty() {
        ProcessInstance pi = toTownshipReview("MONITORED", true);
        complete(Map.of("townshipDecision", "APPROVE"));
        assertThat(pi)
                .isWaitingAt("countyApproval")
                .hasPassed("checkMonitoringScale")
                .hasVariables("scaleStatus");
        assertThat(calls).contains("scale");
        complete(Map.of("countyApproved", true));
        assertThat(pi).isEnded().hasPassed("identified");
    }

    @Test
    void aFailedAppraisalEndsWithTheRejection() {
        ProcessInstance pi = start("MARGINAL", true);
        complete(Map.of());
        complete(Map.of("appraisalApproved", false));
        assertThat(pi)
                .isEnded()
                .hasPassed("appraisalPassed", "rejectionJoin", "recordRejection", "notIdentified")
                .hasNotPassed("publicNotice");
        assertThat(calls).containsExactly("reject:7");
    }

    @Test
    void theTownshipRejects() {
        ProcessInstance pi = toTownshipReview("NEWLY_POOR", false);
        complete(Map.of("townshipDecision", "REJECT"));
        assertThat(pi)
                .isEnded()
                .hasPassed("townshipDecision", "rejectionJoin", "notIdentified")
                .hasNotPassed("countyApproval");
    }

    @Test
    void theTownshipReturnsTheCaseToTheVillageWhichStartsOverFromHomeVerification() {
        ProcessInstance pi = toTownshipReview("NEWLY_POOR", false);
        complete(Map.of("townshipDecision", "RETURN"));
        assertThat(pi)
                .isWaitingAt("homeVerification")
                .hasPassed("townshipDecision")
                .hasNotPassed("quotaApplies", "rejectionJoin");
        assertThat(task()).hasCandidateGroup(VILLAGE);
        complete(Map.of());
        complete(Map.of("appraisalApproved", true));
        execute(job("noticePeriodOver"));
        complete(Map.of("townshipDecision", "APPROVE"));
        complete(Map.of("countyApproved", true));
        assertThat(pi).isEnded().hasPassed("identified");
        assertThat(calls).containsExactly("notice", "notice", "announce", "register:7");
    }

    @Test
    void theCountyRejects() {
        ProcessInstance pi = toTownshipReview("MARGINAL", true);
        complete(Map.of("townshipDecision", "APPROVE"));
        complete(Map.of("countyApproved", false));
        assertThat(pi)
                .isEnded()
                .hasPassed("countyDecision", "rejectionJoin", "recordRejection")
                .hasNotPassed("registerHousehold");
    }

    @Test
    void aDismissedObjectionLetsTheNoticeRunOn() {
        ProcessInstance pi = toNotice("NEWLY_POOR", false);
        raiseObjection(pi, 11L);
        assertThat(pi).isWaitingAt("handleObjection", "noticePeriodOver");
        Task handle = taskService()
                .createTaskQuery()
                .taskDefinitionKey("handleObjection")
                .singleResult();
        assertThat(handle).hasCandidateGroup(TOWNSHIP);
        assertThat(taskService().getVariable(handle.getId(), "objectionId")).isEqualTo(11L);
        taskService().complete(handle.getId(), Map.of("objectionUpheld", false, "objectionAction", "NONE"));
        assertThat(pi).isWaitingAt("noticePeriodOver").hasPassed("objectionDismissed");
        execute(job("noticePeriodOver"));
        assertThat(pi).isWaitingAt("townshipReview");
    }

    @Test
    void theNoticeDoesNotEndWhileAnObjectionIsOpen() {
        ProcessInstance pi = toNotice("NEWLY_POOR", false);
        raiseObjection(pi, 12L);
        execute(job("noticePeriodOver"));
        assertThat(pi).isWaitingAt("handleObjection").isNotWaitingAt("townshipReview");
        complete(Map.of("objectionUpheld", false, "objectionAction", "NONE"));
        assertThat(pi).isWaitingAt("townshipReview");
    }

    @Test
    void anUpheldObjectionSendsTheCaseBackToHomeVerification() {
        ProcessInstance pi = toNotice("MONITORED", true);
        raiseObjection(pi, 13L);
        complete(Map.of("objectionUpheld", true, "objectionAction", "REVERIFY"));
        assertThat(pi)
                .isWaitingAt("homeVerification")
                .hasPassed("objectionUpheldEnd", "objectionUpheldCaught", "objectionOutcome")
                .hasNotPassed("rejectionJoin");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .activityId("noticePeriodOver")
                        .count())
                .isZero();
    }

    @Test
    void anUpheldObjectionMayRejectTheCase() {
        ProcessInstance pi = toNotice("MARGINAL", true);
        raiseObjection(pi, 14L);
        raiseObjection(pi, 15L);
        Task first = taskService()
                .createTaskQuery()
                .taskDefinitionKey("handleObjection")
                .list()
                .get(0);
        taskService().complete(first.getId(), Map.of("objectionUpheld", true, "objectionAction", "REJECT"));
        assertThat(pi)
                .isEnded()
                .hasPassed("objectionUpheldCaught", "objectionOutcome", "recordRejection", "notIdentified");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();
    }

    @Test
    void aCaseOpenTooLongEscalatesToTheLevelAbove() {
        ProcessInstance pi = start("NEWLY_POOR", false);
        // a timer start event of an event subprocess is found through its job definition
        String definition = engine.getManagementService()
                .createJobDefinitionQuery()
                .activityIdIn("caseOverdue")
                .singleResult()
                .getId();
        Job overdue = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .jobDefinitionId(definition)
                .singleResult();
        assertThat(overdue).isNotNull();
        execute(overdue);
        assertThat(pi).isWaitingAt("homeVerification", "superviseOverdue");
        Task supervise = taskService()
                .createTaskQuery()
                .taskDefinitionKey("superviseOverdue")
                .singleResult();
        assertThat(supervise).hasCandidateGroup(TOWNSHIP);
        taskService().complete(supervise.getId());
        assertThat(pi).isWaitingAt("homeVerification").hasPassed("escalationHandled");
        assertThat(calls).containsExactly("escalate");
    }

    @Test
    void theEscalationTimerIsGoneOnceTheCaseEnds() {
        ProcessInstance pi = start("MARGINAL", true);
        complete(Map.of());
        complete(Map.of("appraisalApproved", false));
        assertThat(pi).isEnded();
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    private ProcessInstance toNotice(String kind, boolean monitoring) {
        ProcessInstance pi = start(kind, monitoring);
        complete(Map.of());
        complete(Map.of("appraisalApproved", true));
        assertThat(pi).isWaitingAt("noticePeriodOver");
        return pi;
    }

    private ProcessInstance toTownshipReview(String kind, boolean monitoring) {
        ProcessInstance pi = toNotice(kind, monitoring);
        execute(job("noticePeriodOver"));
        assertThat(pi).isWaitingAt("townshipReview");
        return pi;
    }

    private void raiseObjection(ProcessInstance pi, long objectionId) {
        runtimeService()
                .createMessageCorrelation("identificationObjection")
                .processInstanceId(pi.getId())
                .setVariableLocal("objectionId", objectionId)
                .correlateWithResult();
    }

    private ProcessInstance start(String kind, boolean monitoring) {
        return runtimeService()
                .startProcessInstanceByKey(
                        "identification",
                        "7",
                        withVariables(
                                "caseId",
                                7L,
                                "householdId",
                                42L,
                                "villageCode",
                                "130125100201",
                                "kind",
                                kind,
                                "channel",
                                "VILLAGE",
                                "monitoringObject",
                                monitoring,
                                "villageGroup",
                                VILLAGE,
                                "townshipGroup",
                                TOWNSHIP,
                                "countyGroup",
                                COUNTY,
                                "noticeDuration",
                                "P7D",
                                "escalationAfter",
                                "P15D"));
    }

    private void complete(Map<String, Object> variables) {
        List<Task> open = taskService().createTaskQuery().list().stream()
                .filter(t -> !"superviseOverdue".equals(t.getTaskDefinitionKey()))
                .toList();
        assertThat(open).hasSize(1);
        taskService().complete(open.get(0).getId(), variables);
    }
}
