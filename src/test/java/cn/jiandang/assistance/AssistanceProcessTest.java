package cn.jiandang.assistance;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Engine only: processes/assistance.bpmn with one village task per pending measure, confirmation and return. */
@Deployment(resources = "processes/assistance.bpmn")
class AssistanceProcessTest {

    static final String VILLAGE = "VILLAGE_OFFICER:130125100201";
    static final String TOWNSHIP = "TOWNSHIP_OFFICER:130125100";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml")
            .build();

    private final List<String> calls = new ArrayList<>();
    private List<Long> pending = List.of(101L, 102L);

    /** Stands in for the expression bean {@code assistanceMeasures}. */
    public class Measures {
        public List<Long> pending(long planId) {
            calls.add("pending:" + planId);
            return pending;
        }
    }

    @BeforeEach
    void mockBeans() {
        Mocks.register("assistanceMeasures", new Measures());
        Mocks.register("closeAssistanceDelegate", (JavaDelegate) e -> calls.add("close:" + e.getVariable("caseId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void eachMeasureGetsAVillageTaskAndTheReviewerConfirms() {
        ProcessInstance pi = start();
        List<Task> records = recordTasks(pi);
        assertThat(records).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup(VILLAGE));
        assertThat(records.stream().map(t -> taskService().getVariable(t.getId(), "measureId")))
                .containsExactlyInAnyOrder(101L, 102L);
        records.forEach(t -> taskService().complete(t.getId()));
        assertThat(pi).isWaitingAt("reviewImplementation");
        assertThat(task()).hasCandidateGroup(TOWNSHIP);
        complete(task(), Map.of("implementationConfirmed", true));
        assertThat(pi).isEnded().hasPassed("closeAssistance", "assistanceCompleted");
        assertThat(calls).contains("pending:5").endsWith("close:5");
    }

    @Test
    void aReturnedMeasureIsRecordedAgainBeforeTheNextReview() {
        ProcessInstance pi = start();
        recordTasks(pi).forEach(t -> taskService().complete(t.getId()));
        pending = List.of(102L);
        complete(task(), Map.of("implementationConfirmed", false));
        assertThat(pi)
                .isWaitingAt("recordMeasure")
                .hasPassed("implementationConfirmed", "recordJoin")
                .hasNotPassed("closeAssistance");
        List<Task> again = recordTasks(pi);
        assertThat(again)
                .singleElement()
                .satisfies(t -> assertThat(taskService().getVariable(t.getId(), "measureId"))
                        .isEqualTo(102L));
        taskService().complete(again.get(0).getId());
        complete(task(), Map.of("implementationConfirmed", true));
        assertThat(pi).isEnded();
    }

    private List<Task> recordTasks(ProcessInstance pi) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("recordMeasure")
                .list();
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        "assistance",
                        "5",
                        withVariables(
                                "caseId", 5L, "householdId", 44L, "villageGroup", VILLAGE, "reviewGroup", TOWNSHIP));
        assertThat(pi).isWaitingAt("recordMeasure");
        return pi;
    }
}
