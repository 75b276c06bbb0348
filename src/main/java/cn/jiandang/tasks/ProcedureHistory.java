package cn.jiandang.tasks;

import cn.jiandang.attachment.AttachmentRef;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every procedure step ever taken on a household (or in one procedure instance), from the engine's history. */
@Service
@Transactional(readOnly = true)
public class ProcedureHistory {

    private final HistoryService history;
    private final TaskService taskService;
    private final RepositoryService repository;
    private final RegionAccess access;
    private final AttachmentService attachments;

    ProcedureHistory(
            HistoryService history,
            TaskService taskService,
            RepositoryService repository,
            RegionAccess access,
            AttachmentService attachments) {
        this.history = history;
        this.taskService = taskService;
        this.repository = repository;
        this.access = access;
        this.attachments = attachments;
    }

    /**
     * Every step on a household; {@code village} is the household's village as the registry names it (the household
     * page passes the one of the household it shows), refused when outside the caller's region.
     */
    public List<TimelineEntry> forHousehold(long householdId, RegionCode village) {
        access.checkRead(village);
        String[] instances = history
                .createHistoricVariableInstanceQuery()
                .variableValueEquals(TaskQueries.HOUSEHOLD_ID, householdId)
                .list()
                .stream()
                .map(HistoricVariableInstance::getProcessInstanceId)
                .distinct()
                .toArray(String[]::new);
        return steps(instances);
    }

    /**
     * The steps of one procedure instance (the case of a task, a village's year-end list included); refused when
     * the case's region is outside the caller's.
     */
    public List<TimelineEntry> forProcessInstance(String processInstanceId) {
        Map<String, Object> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(TaskQueries.REGION_CODE)
                .list()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        String region = TaskQueries.regionOf(variables);
        // a procedure that names no region is shown to national officers only, never to everybody
        access.checkRead(
                region == null ? RegionCode.NATIONAL : RegionCode.of(region), "ProcessInstance", processInstanceId);
        return steps(new String[] {processInstanceId});
    }

    private List<TimelineEntry> steps(String[] instances) {
        if (instances.length == 0) {
            return List.of();
        }
        // a household has a handful of procedure instances: one query each
        List<HistoricTaskInstance> steps = Arrays.stream(instances)
                .flatMap(i -> history.createHistoricTaskInstanceQuery().processInstanceId(i).list().stream())
                .toList();
        if (steps.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = repository
                .createProcessDefinitionQuery()
                .processDefinitionIdIn(steps.stream()
                        .map(HistoricTaskInstance::getProcessDefinitionId)
                        .distinct()
                        .toArray(String[]::new))
                .list()
                .stream()
                .collect(Collectors.toMap(
                        ProcessDefinition::getId, d -> d.getName() == null ? d.getKey() : d.getName()));
        Map<String, List<String>> comments = new HashMap<>();
        for (String instance : instances) {
            for (Comment c : taskService.getProcessInstanceComments(instance)) {
                if (c.getTaskId() != null) {
                    comments.computeIfAbsent(c.getTaskId(), k -> new ArrayList<>())
                            .add(c.getFullMessage());
                }
            }
        }
        Map<String, List<AttachmentRef>> files = attachments.forTasks(
                steps.stream().map(HistoricTaskInstance::getId).toList());
        return steps.stream()
                .map(t -> new TimelineEntry(
                        t.getProcessInstanceId(),
                        t.getId(),
                        names.getOrDefault(t.getProcessDefinitionId(), ""),
                        t.getName(),
                        t.getAssignee(),
                        t.getStartTime() == null ? null : t.getStartTime().toInstant(),
                        t.getEndTime() == null ? null : t.getEndTime().toInstant(),
                        comments.getOrDefault(t.getId(), List.of()),
                        files.getOrDefault(t.getId(), List.of()),
                        t.getProcessDefinitionKey(),
                        t.getTaskDefinitionKey()))
                .sorted(Comparator.comparing(TimelineEntry::started, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
