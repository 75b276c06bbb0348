package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.OfficerDirectory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The inbox of the logged-in officer: tasks assigned to it or offered to its candidate groups, and the region tab.
 * Read from the projection {@code open_task} ({@link TaskProjection}), never from the engine's task query: each
 * page is one indexed query (by key in the default order), one query per procedure on the page for what its cases are
 * about ({@link CaseSummaries}), one region query and one officer-name query; tabs count up to a cap. Claiming and
 * completing stay with the engine's {@code TaskService} ({@link WorkTasks}).
 */
@Service
@Transactional(readOnly = true)
public class TaskListService {

    /** A tab counts its tasks up to this many; more shows as "1,000+". */
    public static final int TOTAL_CAP = 1000;

    private final OpenTaskStore store;
    private final RepositoryService repositoryService;
    private final CaseSubjects subjects;
    private final RegionService regions;
    private final CurrentOfficer current;
    private final OfficerDirectory officers;
    private final Clock clock;
    private final Map<String, String> procedureNames = new ConcurrentHashMap<>();
    private static final long PROCEDURES_KEPT_NANOS = Duration.ofMinutes(1).toNanos();
    private volatile Deployed deployed;

    TaskListService(
            OpenTaskStore store,
            RepositoryService repositoryService,
            CaseSubjects subjects,
            RegionService regions,
            CurrentOfficer current,
            OfficerDirectory officers,
            Clock clock) {
        this.store = store;
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

    /** The exact number of tasks (an API or a test asks; the list's tabs use {@link #total}). */
    public long count(TaskFilter filter) {
        return store.count(sql(filter), Long.MAX_VALUE - 1);
    }

    /** The number of tasks up to {@code cap}: reading stops there whatever the region's size. */
    public TaskTotal total(TaskFilter filter, int cap) {
        long n = store.count(sql(filter), cap);
        return n > cap ? new TaskTotal(cap, true) : new TaskTotal(n, false);
    }

    /** One page of tasks in the default order ({@link TaskOrder#DEFAULT}: the most urgent first). */
    public List<TaskRow> page(TaskFilter filter, int offset, int limit) {
        return page(filter, List.of(), offset, limit);
    }

    /**
     * One page of tasks sorted by {@code order} (first key first), then by the default order and the task id, so that
     * pages never overlap or miss a task whatever the chosen order.
     */
    public List<TaskRow> page(TaskFilter filter, List<TaskOrder> order, int offset, int limit) {
        OpenTaskSql sql = sql(filter);
        return rows(filter, store.list(sql, sql.ordered(order, offset, limit)));
    }

    /** The page after {@code cursor} (null: the first) in the default order, read by key from the index. */
    public List<TaskRow> page(TaskFilter filter, TaskCursor cursor, int limit) {
        OpenTaskSql sql = sql(filter);
        return rows(filter, store.list(sql, sql.after(cursor, limit)));
    }

    /**
     * The procedures of the deployed models, key to name. Every open of the task list asks (its procedure filter),
     * and the engine answers from ACT_RE_PROCDEF with a latest-version subquery each time: kept for a minute, since
     * models are deployed when a node starts and a new one may wait that long to appear in the filter.
     */
    public Map<String, String> procedures() {
        Deployed known = deployed;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > PROCEDURES_KEPT_NANOS) {
            Map<String, String> byKey = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                    .collect(Collectors.toMap(
                            ProcessDefinition::getKey,
                            d -> d.getName() == null ? d.getKey() : d.getName(),
                            (a, b) -> a,
                            TreeMap::new));
            known = new Deployed(now, Collections.unmodifiableMap(byKey));
            deployed = known;
        }
        return known.byKey();
    }

    private record Deployed(long readAt, Map<String, String> byKey) {}

    private OpenTaskSql sql(TaskFilter filter) {
        return OpenTaskSql.of(current.require(), filter, Instant.now(clock));
    }

    private List<TaskRow> rows(TaskFilter filter, List<OpenTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Officer officer = current.require();
        List<TaskRef> refs = tasks.stream().map(OpenTask::ref).toList();
        Map<String, CaseSubject> subjectsByTask = subjects.of(refs);
        // one region query for the households' villages and the regions of the cases
        Set<RegionCode> codes = subjectsByTask.values().stream()
                .map(CaseSubject::village)
                .collect(Collectors.toCollection(HashSet::new));
        tasks.stream().filter(t -> t.regionCode() != null).forEach(t -> codes.add(RegionCode.of(t.regionCode())));
        Map<RegionCode, String> names = regions.names(codes);
        Map<String, String> assignees =
                officers.displayNames(tasks.stream().map(OpenTask::assignee).toList());
        Instant now = Instant.now(clock);
        List<TaskRow> rows = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            OpenTask task = tasks.get(i);
            TaskRef ref = refs.get(i);
            CaseSubject h = subjectsByTask.get(ref.id());
            RegionCode caseRegion = task.regionCode() == null ? null : RegionCode.of(task.regionCode());
            String regionName = caseRegion == null ? "" : names.getOrDefault(caseRegion, caseRegion.value());
            rows.add(new TaskRow(
                    ref,
                    procedureName(task.processDefinitionId()),
                    h == null ? "" : h.headName(),
                    h == null ? "" : h.headIdMasked(),
                    h != null
                            ? names.getOrDefault(h.village(), h.village().value())
                            : caseRegion != null && caseRegion.level() == RegionLevel.VILLAGE ? regionName : "",
                    h == null ? "" : h.categoryLabel(),
                    h == null ? null : h.categoryKey(),
                    Duration.between(task.created(), now).toDays(),
                    task.due(),
                    task.due() != null && task.due().isBefore(now),
                    regionName,
                    task.assignee() == null ? null : assignees.getOrDefault(task.assignee(), task.assignee()),
                    filter.scope() == TaskFilter.Scope.MINE || RegionTab.mayAct(officer, task)));
        }
        return rows;
    }

    /** Kept per definition id (a deployed definition never changes): the engine's lookup reads ACT_RE_PROCDEF. */
    private String procedureName(String definitionId) {
        return procedureNames.computeIfAbsent(definitionId, id -> {
            ProcessDefinition d = repositoryService.getProcessDefinition(id);
            return d.getName() == null ? d.getKey() : d.getName();
        });
    }
}
