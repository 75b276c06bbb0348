package cn.jiandang.functionopening;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.time.ZoneId;
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

/** Engine only: every path of function opening, delegates mocked, the period-end timer executed explicitly. */
@Deployment(resources = "processes/function-opening.bpmn")
class FunctionOpeningProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        for (String name : List.of(
                "openFunctionDelegate", "rejectFunctionDelegate", "closeFunctionDelegate", "expireFunctionDelegate")) {
            Mocks.register(name, (JavaDelegate)
                    e -> calls.add(name.replace("FunctionDelegate", "") + ":" + e.getVariable("caseId")));
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void approvedOpensAndClosesAtTheEndOfThePeriod() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("centreDecision");
        assertThat(task(pi)).hasCandidateGroup("CENTRE_ADMIN:");
        complete(task(pi), Map.of("approved", true));
        assertThat(pi).isWaitingAt("closeNoticeReceived");
        assertThat(calls).containsExactly("open:5");
        Job timer = job("periodEnded", pi);
        assertThat(timer.getDuedate().toInstant())
                .isEqualTo(LocalDateTime.parse("2027-01-01T00:00:00")
                        .atZone(ZoneId.systemDefault())
                        .toInstant());
        execute(timer);
        assertThat(pi).isEnded().hasPassed("expireFunction", "expired").hasNotPassed("closeFunction");
        assertThat(calls).containsExactly("open:5", "expire:5");
    }

    @Test
    void rejectedByTheCentreIsRecordedAndNothingOpens() {
        ProcessInstance pi = start();
        complete(task(pi), Map.of("approved", false));
        assertThat(pi).isEnded().hasPassed("recordRejection", "notOpened").hasNotPassed("openFunction");
        assertThat(calls).containsExactly("reject:5");
    }

    @Test
    void theProvincesNoticeConfirmedByTheCentreClosesEarly() {
        ProcessInstance pi = start();
        complete(task(pi), Map.of("approved", true));
        notice();
        assertThat(pi).isWaitingAt("confirmEarlyClose");
        assertThat(task(pi)).hasCandidateGroup("CENTRE_ADMIN:");
        complete(task(pi), Map.of("closeConfirmed", true));
        assertThat(pi)
                .isEnded()
                .hasPassed("closeConfirmed", "closeFunction", "closedEarly")
                .hasNotPassed("expireFunction");
        assertThat(calls).containsExactly("open:5", "close:5");
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void aRefusedCloseKeepsItOpenUntilTheNextNotice() {
        ProcessInstance pi = start();
        complete(task(pi), Map.of("approved", true));
        notice();
        complete(task(pi), Map.of("closeConfirmed", false));
        assertThat(pi).isWaitingAt("closeNoticeReceived");
        assertThat(job("periodEnded", pi)).isNotNull();
        notice();
        complete(task(pi), Map.of("closeConfirmed", true));
        assertThat(pi).isEnded().hasPassed("closeFunction");
        assertThat(calls).containsExactly("open:5", "close:5");
    }

    @Test
    void thePeriodEndingWhileTheCentreConfirmsClosesOnTime() {
        ProcessInstance pi = start();
        complete(task(pi), Map.of("approved", true));
        notice();
        assertThat(pi).isWaitingAt("confirmEarlyClose");
        execute(job("periodEnded", pi));
        assertThat(pi).isEnded().hasPassed("expired").hasNotPassed("closeFunction");
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        assertThat(calls).containsExactly("open:5", "expire:5");
    }

    private ProcessInstance start() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "functionOpening",
                        "5",
                        withVariables(
                                "caseId",
                                5L,
                                "provinceCode",
                                "140000000000",
                                "feature",
                                "NATURAL_CHANGE",
                                "centreGroup",
                                "CENTRE_ADMIN:",
                                "closesAt",
                                "2027-01-01T00:00:00"));
    }

    private void notice() {
        engine.getRuntimeService()
                .createMessageCorrelation("functionCloseRequested")
                .processInstanceBusinessKey("5")
                .correlate();
    }
}
