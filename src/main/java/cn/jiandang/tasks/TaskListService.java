package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.OfficerDirectory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The inbox of the logged-in officer: tasks assigned to it or offered to its candidate groups. Each page is
 * one task query plus one variable query, one query per procedure on the page for what its cases are about
 * ({@link CaseSummaries}), one region query and one officer-name query (and, in the region tab, one query for the
 * tasks the officer may act on); procedure names come from the engine's cache.
 */
@Service
@Transactional(readOnly = true)
public class TaskListService {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CaseSubjects subjects;
    private final RegionService regions;
    private final CurrentOfficer current;
    private final OfficerDirectory officers;
    private final Clock clock;

    TaskListService(
            TaskService taskService,
            RuntimeService runtimeService,
            RepositoryService repositoryService,
            CaseSubjects subjects,
            RegionService regions,
            CurrentOfficer current,
            OfficerDirectory officers,
            Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.subjects = subjects;
        this.regions = regions;
        this.current = current;
        this.officers = officers;
        this.clock = clock;
    }

    /** The inbox: tasks assigned to the officer or offered to its candidate groups. */
    public long count() {
        return count(TaskFilter.MINE);
    }

    public List<TaskRow> page(int offset, int limit) {
        return page(TaskFilter.MINE, offset, limit);
    }

    public long count(TaskFilter filter) {
        return query(current.require(), filter).count();
    }

    /** One page of tasks in the default order ({@link TaskOrder#DEFAULT}: the most urgent first). */
    public List<TaskRow> page(TaskFilter filter, int offset, int limit) {
        return page(filter, List.of(), offset, limit);
    }

    /**
     * One page of tasks sorted in the engine's query by {@code order} (first key first), then by the default order
     * and the task id, so that pages never overlap or miss a task whatever the chosen order.
     */
    public List<TaskRow> page(TaskFilter filter, List<TaskOrder> order, int offset, int limit) {
        Officer officer = current.require();
        TaskQuery query = query(officer, filter);
        orderBy(query, order);
        List<Task> tasks = query.listPage(offset, limit);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = variablesByInstance(tasks);
        Map<String, String> procedureNames = procedureNames(tasks);
        List<TaskRef> refs = tasks.stream()
                .map(t -> TaskQueries.ref(t, variables.getOrDefault(t.getProcessInstanceId(), Map.of())))
                .toList();
        Map<String, CaseSubject> subjectsByTask = subjects.of(refs);
        Map<String, String> caseRegions = new HashMap<>();
        variables.forEach((instance, values) -> {
            String code = TaskQueries.regionOf(values);
            if (code != null) {
                caseRegions.put(instance, code);
            }
        });
        // one region query for the households' villages and the regions of the cases
        Set<RegionCode> codes = subjectsByTask.values().stream()
                .map(CaseSubject::village)
                .collect(Collectors.toCollection(HashSet::new));
        caseRegions.values().forEach(code -> codes.add(RegionCode.of(code)));
        Map<RegionCode, String> villageNames = regions.names(codes);
        Map<String, String> assignees =
                officers.displayNames(tasks.stream().map(Task::getAssignee).toList());
        // "mine" holds only tasks the officer may act on; the region tab also those it only watches
        Set<String> actionable = filter.scope() == TaskFilter.Scope.MINE
                ? tasks.stream().map(Task::getId).collect(Collectors.toSet())
                : RegionTab.actionable(
                        taskService, officer, tasks.stream().map(Task::getId).toList());
        Instant now = Instant.now(clock);
        List<TaskRow> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            TaskRef ref = refs.get(i);
            CaseSubject h = subjectsByTask.get(ref.id());
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            String caseRegion = caseRegions.get(task.getProcessInstanceId());
            String regionName =
                    caseRegion == null ? "" : villageNames.getOrDefault(RegionCode.of(caseRegion), caseRegion);
            rows.add(new TaskRow(
                    ref,
                    procedureNames.getOrDefault(task.getProcessDefinitionId(), ""),
                    h == null ? "" : h.headName(),
                    h == null ? "" : h.headIdMasked(),
                    h != null
                            ? villageNames.getOrDefault(h.village(), h.village().value())
                            : caseRegion != null && RegionCode.of(caseRegion).level() == RegionLevel.VILLAGE
                                    ? regionName
                                    : "",
                    h == null ? "" : h.categoryLabel(),
                    h == null ? null : h.categoryKey(),
                    ref.created() == null
                            ? 0
                            : Duration.between(ref.created(), now).toDays(),
                    due,
                    due != null && due.isBefore(now),
                    regionName,
                    task.getAssignee() == null ? null : assignees.getOrDefault(task.getAssignee(), task.getAssignee()),
                    actionable.contains(task.getId())));
        }
        return rows;
    }

    /**
     * Open tasks of the officer's region per step: one count query per user task of the deployed procedures
     * (a handful of dozen), never a list of the tasks themselves.
     */
    public List<StepCount> openTasksByStep() {
        Officer officer = current.require();
        List<StepCount> counts = new ArrayList<>();
        for (ProcessDefinition definition :
                repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask step :
                    repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                long open = query(officer, TaskFilter.MINE.withScope(TaskFilter.Scope.REGION))
                        .processDefinitionKey(definition.getKey())
                        .taskDefinitionKey(step.getId())
                        .count();
                if (open > 0) {
                    counts.add(new StepCount(
                            definition.getName(), step.getName(), open, definition.getKey(), step.getId()));
                }
            }
        }
        return counts;
    }

    /** The procedures that have open tasks the officer may see in the given scope, key to name. */
    public Map<String, String> procedures() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(
                        ProcessDefinition::getKey,
                        d -> d.getName() == null ? d.getKey() : d.getName(),
                        (a, b) -> a,
                        TreeMap::new));
    }

    private TaskQuery query(Officer officer, TaskFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (filter.scope() == TaskFilter.Scope.MINE) {
            query.or()
                    .taskCandidateGroupIn(officer.candidateGroups())
                    .taskAssignee(officer.username())
                    .endOr();
        } else {
            RegionTab.restrict(query, officer);
        }
        if (filter.procedureKey() != null) {
            query.processDefinitionKey(filter.procedureKey());
        }
        if (filter.overdueOnly()) {
            query.dueBefore(Date.from(Instant.now(clock)));
        }
        if (filter.stepName() != null && !filter.stepName().isBlank()) {
            query.taskNameLike("%" + filter.stepName().strip() + "%");
        }
        if (filter.village() != null) {
            // equals, not a prefix: a case of the township above the village is not the village's
            query.processVariableValueEquals(
                    TaskQueries.REGION_CODE, filter.village().value());
        }
        return query;
    }

    private static void orderBy(TaskQuery query, List<TaskOrder> order) {
        List<TaskOrder> keys = new ArrayList<>();
        for (TaskOrder o : order) {
            if (keys.stream().noneMatch(k -> k.by() == o.by())) {
                keys.add(o);
            }
        }
        for (TaskOrder o : TaskOrder.DEFAULT) {
            if (keys.stream().noneMatch(k -> k.by() == o.by())) {
                keys.add(o);
            }
        }
        for (TaskOrder o : keys) {
            switch (o.by()) {
                case DUE -> query.orderByDueDate();
                case CREATED -> query.orderByTaskCreateTime();
                case STEP -> query.orderByTaskName();
            }
            if (o.ascending()) {
                query.asc();
            } else {
                query.desc();
            }
        }
        query.orderByTaskId().asc();
    }

    private Map<String, Map<String, Object>> variablesByInstance(List<Task> tasks) {
        String[] instanceIds =
                tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (VariableInstance v : runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds)
                .variableNameIn(TaskQueries.HOUSEHOLD_ID, TaskQueries.CASE_ID, TaskQueries.REGION_CODE)
                .list()) {
            byInstance
                    .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                    .put(v.getName(), v.getValue());
        }
        return byInstance;
    }

    /** From the engine's cache of deployed definitions: no query per page. */
    private Map<String, String> procedureNames(List<Task> tasks) {
        return tasks.stream()
                .map(Task::getProcessDefinitionId)
                .distinct()
                .map(repositoryService::getProcessDefinition)
                .collect(Collectors.toMap(
                        ProcessDefinition::getId, d -> d.getName() == null ? d.getKey() : d.getName()));
    }
}
