package cn.jiandang.rectification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: every path of a rectification case, delegates mocked, the deadline timer executed explicitly. */
@Deployment(resources = "processes/rectification.bpmn")
class RectificationProcessTest {

    static final String COUNTY = "COUNTY_OFFICER:130125";
    static final String TOWNSHIP = "TOWNSHIP_OFFICER:130125100";
    static final String VILLAGE = "VILLAGE_OFFICER:130125100201";
    static final String OWNER = "SUPERVISOR:";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        Mocks.register("closeRectificationDelegate", (JavaDelegate) e -> calls.add("close:" + e.getVariable("caseId")));
        Mocks.register("escalateRectificationDelegate", (JavaDelegate) e -> {
            calls.add("escalate:" + e.getVariable("caseId"));
            e.setVariable("escalationGroup", TOWNSHIP);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theCountyRectifiesItselfAndTheSupervisorAccepts() {
        ProcessInstance pi = start();
        Task county = work(pi, "countyHandling", COUNTY, Map.of("passDown", false, "handlerLevel", "COUNTY"));
        assertThat(county.getDueDate().toInstant())
                .isEqualTo(LocalDateTime.parse("2027-01-01T00:00:00")
                        .atZone(ZoneId.systemDefault())
                        .toInstant());
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", true));
        assertThat(pi).isEnded().hasPassed("accepted", "closeCase", "closed").hasNotPassed("townshipHandling");
        assertThat(calls).containsExactly("close:9");
    }

    @Test
    void passedDownToTheVillageItIsVerifiedUpEachLevelThenAccepted() {
        ProcessInstance pi = start();
        work(pi, "countyHandling", COUNTY, Map.of("passDown", true));
        work(pi, "townshipHandling", TOWNSHIP, Map.of("passDown", true));
        work(pi, "villageRectification", VILLAGE, Map.of("handlerLevel", "VILLAGE"));
        work(pi, "townshipVerification", TOWNSHIP, Map.of("verified", true));
        work(pi, "countyVerification", COUNTY, Map.of("verified", true));
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", true));
        assertThat(pi).isEnded().hasPassed("closeCase");
    }

    @Test
    void theTownshipRectifiesAndTheCountyVerifies() {
        ProcessInstance pi = start();
        work(pi, "countyHandling", COUNTY, Map.of("passDown", true));
        work(pi, "townshipHandling", TOWNSHIP, Map.of("passDown", false, "handlerLevel", "TOWNSHIP"));
        work(pi, "countyVerification", COUNTY, Map.of("verified", false));
        assertThat(pi).isWaitingAt("townshipHandling");
        work(pi, "townshipHandling", TOWNSHIP, Map.of("passDown", false, "handlerLevel", "TOWNSHIP"));
        work(pi, "countyVerification", COUNTY, Map.of("verified", true));
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", true));
        assertThat(pi).isEnded().hasNotPassed("villageRectification");
    }

    @Test
    void aFailedVerificationReturnsToTheVillageThatRectified() {
        ProcessInstance pi = start();
        work(pi, "countyHandling", COUNTY, Map.of("passDown", true));
        work(pi, "townshipHandling", TOWNSHIP, Map.of("passDown", true));
        work(pi, "villageRectification", VILLAGE, Map.of("handlerLevel", "VILLAGE"));
        work(pi, "townshipVerification", TOWNSHIP, Map.of("verified", false));
        work(pi, "villageRectification", VILLAGE, Map.of("handlerLevel", "VILLAGE"));
        work(pi, "townshipVerification", TOWNSHIP, Map.of("verified", true));
        work(pi, "countyVerification", COUNTY, Map.of("verified", false));
        assertThat(pi).isWaitingAt("villageRectification");
        work(pi, "villageRectification", VILLAGE, Map.of("handlerLevel", "VILLAGE"));
        work(pi, "townshipVerification", TOWNSHIP, Map.of("verified", true));
        work(pi, "countyVerification", COUNTY, Map.of("verified", true));
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", true));
        assertThat(pi).isEnded();
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("villageRectification")
                        .count())
                .isEqualTo(3);
    }

    @Test
    void theSupervisorReturnsItAndTheLoopRepeatsUntilAccepted() {
        ProcessInstance pi = start();
        work(pi, "countyHandling", COUNTY, Map.of("passDown", false, "handlerLevel", "COUNTY"));
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", false));
        assertThat(pi).isWaitingAt("countyHandling");
        work(pi, "countyHandling", COUNTY, Map.of("passDown", false, "handlerLevel", "COUNTY"));
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", true));
        assertThat(pi).isEnded().hasPassed("closeCase");
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId("countyHandling")
                        .count())
                .isEqualTo(2);
        assertThat(calls).containsExactly("close:9");
    }

    @Test
    void anOverdueCaseEscalatesToTheLevelAboveAndStaysWithItsHolder() {
        ProcessInstance pi = start();
        work(pi, "countyHandling", COUNTY, Map.of("passDown", true));
        work(pi, "townshipHandling", TOWNSHIP, Map.of("passDown", true));
        execute(job("deadlinePassed", pi));
        assertThat(calls).containsExactly("escalate:9");
        assertThat(pi).isWaitingAt("villageRectification", "urgeRectification");
        work(pi, "urgeRectification", TOWNSHIP, Map.of());
        assertThat(pi).isWaitingAt("villageRectification").hasPassed("escalationHandled");
        work(pi, "villageRectification", VILLAGE, Map.of("handlerLevel", "VILLAGE"));
        work(pi, "townshipVerification", TOWNSHIP, Map.of("verified", true));
        work(pi, "countyVerification", COUNTY, Map.of("verified", true));
        work(pi, "supervisorAcceptance", OWNER, Map.of("accepted", true));
        assertThat(pi).isEnded();
        assertThat(calls).containsExactly("escalate:9", "close:9");
    }

    private ProcessInstance start() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "rectification",
                        "9",
                        withVariables(
                                "caseId",
                                9L,
                                "householdId",
                                42L,
                                "countyGroup",
                                COUNTY,
                                "townshipGroup",
                                TOWNSHIP,
                                "villageGroup",
                                VILLAGE,
                                "ownerGroup",
                                OWNER,
                                "deadline",
                                "2027-01-01T00:00:00"));
    }

    private Task work(ProcessInstance pi, String taskKey, String group, Map<String, Object> variables) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey).isNotNull();
        assertThat(task).hasCandidateGroup(group);
        engine.getTaskService().complete(task.getId(), variables);
        return task;
    }
}
