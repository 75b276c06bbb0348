package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's projection {@code open_task} stays what the engine says through a case's life: created with the
 * case's region and groups, claimed, given back, handed over, offered to one more group, re-dated, completed (the next
 * step's row appears) and cancelled (no row left); and a rebuild from the engine gives the same rows.
 */
@JiandangSpringTest
class TaskProjectionTest {

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    RectificationSteps rectificationSteps;

    @Autowired
    WorkTasks work;

    @Autowired
    TaskService engineTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theProjectionFollowsClaimHandOverCompleteAndCancel() {
        TestLogins.login("supervisor");
        long caseId = rectificationIntake.create(new NewProblem(
                null,
                "130125100000",
                ProblemType.OTHER,
                "投影测试：台账缺失",
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(30)));
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(RectificationVariables.PROCESS_KEY)
                .singleResult()
                .getId();
        Task county = onlyTask(instance);
        assertConsistent(instance);
        Map<String, Object> row = row(county.getId());
        assertThat(row.get("case_id")).isEqualTo(caseId);
        assertThat(row.get("region_code")).isEqualTo("130125100000");
        assertThat(row.get("group_region")).isEqualTo("130125000000");
        assertThat(row.get("process_key")).isEqualTo(RectificationVariables.PROCESS_KEY);

        TestLogins.login("county1");
        work.claim(county.getId());
        assertThat(row(county.getId()).get("assignee")).isEqualTo("county1");
        assertConsistent(instance);
        work.unclaim(county.getId());
        assertThat(row(county.getId()).get("assignee")).isNull();
        engineTasks.setAssignee(county.getId(), "county1b");
        assertConsistent(instance);
        // one group more (a deeper one: the township's) while the task is held: the rewritten group rows carry its
        // assignee; then released, then a later due date
        engineTasks.addCandidateGroup(county.getId(), "TOWNSHIP_OFFICER:130125100");
        assertConsistent(instance);
        assertThat(row(county.getId()).get("group_region")).isEqualTo("130125100000");
        engineTasks.setAssignee(county.getId(), null);
        assertConsistent(instance);
        Date due = Date.from(new Date().toInstant().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        engineTasks.setDueDate(county.getId(), due);
        assertConsistent(instance);

        // completed through the service: the county's row goes, the township's step comes
        rectificationSteps.handle(county.getId(), caseId, true, null, null);
        assertThat(row(county.getId())).isNull();
        Task township = onlyTask(instance);
        assertThat(township.getTaskDefinitionKey()).isEqualTo(RectificationVariables.TASK_TOWNSHIP_HANDLING);
        assertConsistent(instance);
        assertThat(row(township.getId()).get("group_region")).isEqualTo("130125100000");

        // a rebuild from the engine gives the same rows
        List<Map<String, Object>> before = rows(instance);
        rebuild.rebuild();
        assertThat(rows(instance)).isEqualTo(before);

        // cancelled: no row left
        runtime.deleteProcessInstance(instance, "投影测试：撤销");
        assertThat(rows(instance)).isEmpty();
    }

    private Task onlyTask(String instance) {
        return engineTasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** Each open task of the instance has one row, with the engine's assignee, due date, name and groups. */
    private void assertConsistent(String instance) {
        List<Task> tasks =
                engineTasks.createTaskQuery().processInstanceId(instance).list();
        assertThat(rows(instance))
                .extracting(r -> r.get("task_id"))
                .containsExactlyInAnyOrderElementsOf(
                        tasks.stream().map(Task::getId).toList());
        for (Task t : tasks) {
            Map<String, Object> row = row(t.getId());
            assertThat(row.get("assignee")).isEqualTo(t.getAssignee());
            assertThat(row.get("name")).isEqualTo(t.getName());
            assertThat(row.get("step_key")).isEqualTo(t.getTaskDefinitionKey());
            assertThat(row.get("due") == null ? null : ((java.sql.Timestamp) row.get("due")).getTime())
                    .isEqualTo(t.getDueDate() == null ? null : t.getDueDate().getTime());
            TreeSet<String> groups = engineTasks.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> l.getGroupId())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(jdbc.queryForList(
                            "select group_id from open_task_group where task_id = ?", String.class, t.getId())))
                    .isEqualTo(groups);
            assertThat(row.get("candidate_groups")).isEqualTo(String.join(",", groups));
            // the group rows' copies of the order key and the assignee ("unclaimed in my group")
            assertThat(jdbc.queryForList(
                            "select g.group_id from open_task_group g join open_task t on t.task_id = g.task_id"
                                    + " where g.task_id = ? and (g.sort_due <> t.sort_due or g.created <> t.created"
                                    + " or coalesce(g.assignee, '-') <> coalesce(t.assignee, '-'))",
                            String.class,
                            t.getId()))
                    .as("group rows out of step with the task's row")
                    .isEmpty();
        }
    }

    private Map<String, Object> row(String taskId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from open_task where task_id = ?", taskId);
        return rows.isEmpty() ? null : lower(rows.get(0));
    }

    private List<Map<String, Object>> rows(String instance) {
        return jdbc
                .queryForList("select * from open_task where process_instance_id = ? order by task_id", instance)
                .stream()
                .map(TaskProjectionTest::lower)
                .toList();
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        return row.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), Map.Entry::getValue));
    }
}
