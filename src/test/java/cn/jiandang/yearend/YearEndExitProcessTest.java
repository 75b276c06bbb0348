package cn.jiandang.yearend;

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

/** Engine only: a village's year-end case, delegates mocked, the notice timer executed explicitly. */
@Deployment(resources = "processes/year-end-exit.bpmn")
class YearEndExitProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        Mocks.register("endYearEndNoticeDelegate", (JavaDelegate) e -> calls.add("endNotice"));
        Mocks.register("exitHouseholdsDelegate", (JavaDelegate) e -> calls.add("exit:" + e.getVariable("caseId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void appraisedNoticedVerifiedApprovedAnnouncedThenExited() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("villageAppraisal");
        assertThat(task(pi)).hasCandidateGroup("VILLAGE_OFFICER:130125100201");
        complete(task(pi), Map.of());
        assertThat(pi).isWaitingAt("noticeGateway");
        Job timer = job(pi);
        assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant())
                        .toDays())
                .isBetween(6L, 7L);
        execute(timer);
        assertThat(pi).isWaitingAt("townshipVerification");
        assertThat(task(pi)).hasCandidateGroup("TOWNSHIP_OFFICER:130125100");
        complete(task(pi), Map.of());
        assertThat(pi).isWaitingAt("countyApproval");
        assertThat(task(pi)).hasCandidateGroup("COUNTY_OFFICER:130125");
        complete(task(pi), Map.of());
        assertThat(pi).isWaitingAt("countyAnnouncement");
        assertThat(calls).containsExactly("endNotice");
        complete(task(pi), Map.of());
        assertThat(pi).isEnded().hasPassed("exitHouseholds", "householdsExited");
        assertThat(calls).containsExactly("endNotice", "exit:11");
    }

    @Test
    void anObjectionDuringTheNoticeReturnsTheListToTheVillageAppraisal() {
        ProcessInstance pi = start();
        complete(task(pi), Map.of());
        engine.getRuntimeService()
                .createMessageCorrelation("yearEndObjection")
                .processInstanceBusinessKey("11")
                .correlate();
        assertThat(pi).isWaitingAt("villageAppraisal");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
        complete(task(pi), Map.of());
        execute(job(pi));
        complete(task(pi), Map.of());
        complete(task(pi), Map.of());
        complete(task(pi), Map.of());
        assertThat(pi).isEnded();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId("villageAppraisal")
                        .count())
                .isEqualTo(2);
        assertThat(calls).containsExactly("endNotice", "exit:11");
    }

    private ProcessInstance start() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "yearEndExit",
                        "11",
                        withVariables(
                                "caseId",
                                11L,
                                "roundId",
                                1L,
                                "villageCode",
                                "130125100201",
                                "villageGroup",
                                "VILLAGE_OFFICER:130125100201",
                                "townshipGroup",
                                "TOWNSHIP_OFFICER:130125100",
                                "countyGroup",
                                "COUNTY_OFFICER:130125",
                                "noticeDuration",
                                "P7D"));
    }
}
