package cn.jiandang.identification;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: every path of the placeholder identification, with the delegates mocked. */
@Deployment(resources = "processes/identification.bpmn")
class IdentificationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockDelegates() {
        Mocks.register("registerIdentificationDelegate", (JavaDelegate) e -> calls.add("register:" + e.getVariable("caseId")));
        Mocks.register("rejectIdentificationDelegate", (JavaDelegate) e -> calls.add("reject:" + e.getVariable("caseId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void approvedByTheTownshipRegistersTheHousehold() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("homeVerification");
        assertThat(task()).hasCandidateGroup("VILLAGE_OFFICER:130125100201");
        complete(Map.of());
        assertThat(pi).isWaitingAt("townshipReview");
        assertThat(task()).hasCandidateGroup("TOWNSHIP_OFFICER:130125100");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("TOWNSHIP_OFFICER:130125101").count())
                .isZero();
        complete(Map.of("approved", true));
        assertThat(pi).isEnded().hasPassed("registerHousehold", "identified").hasNotPassed("recordRejection");
        assertThat(calls).containsExactly("register:7");
    }

    @Test
    void rejectedByTheTownshipRecordsTheRejection() {
        ProcessInstance pi = start();
        complete(Map.of());
        complete(Map.of("approved", false));
        assertThat(pi).isEnded().hasPassed("recordRejection", "notIdentified").hasNotPassed("registerHousehold");
        assertThat(calls).containsExactly("reject:7");
    }

    private ProcessInstance start() {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey("identification", "7", withVariables(
                "caseId", 7L, "householdId", 42L, "villageCode", "130125100201", "kind", "NEWLY_POOR",
                "villageGroup", "VILLAGE_OFFICER:130125100201", "townshipGroup", "TOWNSHIP_OFFICER:130125100"));
    }

    private void complete(Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().singleResult();
        tasks.complete(task.getId(), variables);
    }
}
