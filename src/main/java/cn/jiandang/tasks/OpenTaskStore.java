package cn.jiandang.tasks;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code open_task} and its groups ({@code open_task_group}): written by {@link TaskProjection} in the
 * engine's transaction, read by {@link TaskListService} with the conditions of {@link OpenTaskSql}.
 */
@Repository
class OpenTaskStore {

    private static final RowMapper<OpenTask> ROW = (rs, i) -> new OpenTask(
            rs.getString("task_id"),
            rs.getString("process_instance_id"),
            rs.getString("process_definition_id"),
            rs.getString("step_key"),
            rs.getString("name"),
            rs.getObject("case_id") == null ? null : rs.getLong("case_id"),
            rs.getObject("household_id") == null ? null : rs.getLong("household_id"),
            rs.getString("region_code"),
            groups(rs.getString("candidate_groups")),
            rs.getString("assignee"),
            instant(rs.getTimestamp("created")),
            instant(rs.getTimestamp("due")));

    private final NamedParameterJdbcTemplate jdbc;

    OpenTaskStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OpenTask t) {
        jdbc.update(
                "insert into open_task (task_id, process_instance_id, process_definition_id, process_key, step_key,"
                        + " name, case_id, household_id, region_code, group_region, candidate_groups, assignee,"
                        + " created, due, sort_due) values (:taskId, :instance, :definition, :processKey, :stepKey,"
                        + " :name, :caseId, :householdId, :regionCode, :groupRegion, :groups, :assignee, :created,"
                        + " :due, :sortDue)",
                mutable(t)
                        .addValue("instance", t.processInstanceId())
                        .addValue("definition", t.processDefinitionId())
                        .addValue("processKey", t.processKey())
                        .addValue("stepKey", t.stepKey())
                        .addValue("caseId", t.caseId())
                        .addValue("householdId", t.householdId())
                        .addValue("regionCode", t.regionCode())
                        .addValue("created", timestamp(t.created())));
        insertGroups(t);
    }

    /**
     * What a claim, a hand-over or a change of the task's groups, name or due date changes. The groups' rows are
     * rewritten only when the groups changed ({@code groupsKnown}: the caller knows they did not); rewritten rows
     * already carry the task's assignee and due date. A claim, hand-over or release costs two statements (the task's
     * row and its groups' assignee), a new due date two more, a change of groups three more.
     */
    void update(OpenTask t, boolean groupsKnown) {
        MapSqlParameterSource p = mutable(t);
        boolean groupsRewritten = !groupsKnown
                && jdbc.update(
                                "update open_task set group_region = :groupRegion, candidate_groups = :groups"
                                        + " where task_id = :taskId and coalesce(candidate_groups, '') <> :groups",
                                p)
                        > 0;
        if (groupsRewritten) {
            jdbc.update("delete from open_task_group where task_id = :taskId", p);
            insertGroups(t);
        }
        // the due date is usually kept: one statement; a new one moves the task in its groups' order too
        if (jdbc.update(
                        "update open_task set name = :name, assignee = :assignee, due = :due"
                                + " where task_id = :taskId and sort_due = :sortDue",
                        p)
                == 0) {
            jdbc.update(
                    "update open_task set name = :name, assignee = :assignee, due = :due, sort_due = :sortDue"
                            + " where task_id = :taskId",
                    p);
            if (!groupsRewritten) {
                jdbc.update("update open_task_group set sort_due = :sortDue where task_id = :taskId", p);
            }
        }
        // "unclaimed in my group" is read from the group's rows
        if (!groupsRewritten) {
            jdbc.update(
                    "update open_task_group set assignee = :assignee where task_id = :taskId"
                            + " and assignee is distinct from :assignee",
                    p);
        }
    }

    /** The task's groups go with it (on delete cascade, V110). */
    void delete(String taskId) {
        jdbc.update("delete from open_task where task_id = :taskId", new MapSqlParameterSource("taskId", taskId));
    }

    void deleteAll() {
        jdbc.getJdbcTemplate().update("delete from open_task_group");
        jdbc.getJdbcTemplate().update("delete from open_task");
    }

    boolean isEmpty() {
        return jdbc.getJdbcTemplate()
                .queryForList("select task_id from open_task limit 1", String.class)
                .isEmpty();
    }

    /** The tasks of a query of {@link OpenTaskSql} (its SQL was built first: building it binds its parameters). */
    List<OpenTask> list(OpenTaskSql sql, String select) {
        return jdbc.query(select, sql.params(), ROW);
    }

    /** One open task by its id (the primary key), or empty when the engine's task is gone or never projected. */
    Optional<OpenTask> find(String taskId) {
        return jdbc
                .query(
                        "select " + OpenTaskSql.COLUMNS + " from open_task t where t.task_id = :taskId",
                        new MapSqlParameterSource("taskId", taskId),
                        ROW)
                .stream()
                .findFirst();
    }

    /** The number of matching tasks, reading at most {@code cap} + 1 of them. */
    long count(OpenTaskSql sql, long cap) {
        String select = sql.count(cap);
        Long n = jdbc.queryForObject(select, sql.params(), Long.class);
        return n == null ? 0 : n;
    }

    private void insertGroups(OpenTask t) {
        if (t.candidateGroups().isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = t.candidateGroups().stream()
                .distinct()
                .map(g -> new MapSqlParameterSource("groupId", g)
                        .addValue("taskId", t.taskId())
                        .addValue("sortDue", timestamp(t.sortDue()))
                        .addValue("created", timestamp(t.created()))
                        .addValue("assignee", t.assignee()))
                .toArray(SqlParameterSource[]::new);
        // with the task's assignee and order keys: "unclaimed in my group" reads a group's tasks in the list's order
        jdbc.batchUpdate(
                "insert into open_task_group (group_id, task_id, sort_due, created, assignee)"
                        + " values (:groupId, :taskId, :sortDue, :created, :assignee)",
                rows);
    }

    private static MapSqlParameterSource mutable(OpenTask t) {
        return new MapSqlParameterSource("taskId", t.taskId())
                .addValue("name", t.name())
                .addValue("groupRegion", t.groupRegion())
                .addValue("groups", String.join(",", t.candidateGroups()))
                .addValue("assignee", t.assignee())
                .addValue("due", timestamp(t.due()))
                .addValue("sortDue", timestamp(t.sortDue()));
    }

    private static List<String> groups(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
