package cn.jiandang.tasks;

import cn.jiandang.security.Officer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions and order of a task-list query over {@code open_task}, from bound parameters only. "Mine" is the
 * union of two index lookups (assigned to me; offered to one of my groups and unclaimed); the region tab is one range
 * of the groups' region ({@link RegionTab}); the default order is (due, created, id), which a cursor continues.
 */
final class OpenTaskSql {

    private final StringBuilder where = new StringBuilder();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    private OpenTaskSql() {}

    static OpenTaskSql of(Officer officer, TaskFilter filter, Instant now) {
        OpenTaskSql s = new OpenTaskSql();
        if (filter.scope() == TaskFilter.Scope.MINE) {
            s.params.addValue("me", officer.username());
            List<String> groups = officer.candidateGroups();
            s.where.append(" where t.task_id in (select a.task_id from open_task a where a.assignee = :me");
            if (!groups.isEmpty()) {
                s.where.append(" union all select g.task_id from open_task_group g where g.group_id in (:groups)");
                s.params.addValue("groups", groups);
            }
            s.where.append(") and (t.assignee is null or t.assignee = :me)");
        } else {
            s.where.append(" where t.group_region between :lower and :upper");
            s.params
                    .addValue("lower", officer.region().lowerBound())
                    .addValue("upper", officer.region().upperBound());
        }
        if (filter.procedureKey() != null) {
            s.where.append(" and t.process_key = :processKey");
            s.params.addValue("processKey", filter.procedureKey());
        }
        if (filter.overdueOnly()) {
            s.where.append(" and t.due < :now");
            s.params.addValue("now", Timestamp.from(now));
        }
        if (filter.stepName() != null && !filter.stepName().isBlank()) {
            s.where.append(" and t.name like :step escape '!'");
            s.params.addValue("step", "%" + escape(filter.stepName().strip()) + "%");
        }
        if (filter.village() != null) {
            // equals, not a prefix: a case of the township above the village is not the village's
            s.where.append(" and t.region_code = :village");
            s.params.addValue("village", filter.village().value());
        }
        return s;
    }

    /** The default order after the cursor (null: from the start), {@code limit} rows. */
    String after(TaskCursor cursor, int limit) {
        StringBuilder sql = new StringBuilder();
        if (cursor != null) {
            where.append(" and (t.sort_due, t.created, t.task_id) > (:afterDue, :afterCreated, :afterId)");
            params.addValue("afterDue", Timestamp.from(cursor.sortDue()))
                    .addValue("afterCreated", cursor.created() == null ? null : Timestamp.from(cursor.created()))
                    .addValue("afterId", cursor.taskId());
        }
        params.addValue("limit", limit);
        return sql.append(" order by t.sort_due, t.created, t.task_id limit :limit")
                .toString();
    }

    /** The chosen order (first key first), then the default order and the id as tie-breakers; by offset. */
    String ordered(List<TaskOrder> order, int offset, int limit) {
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
        StringBuilder sql = new StringBuilder(" order by ");
        for (TaskOrder o : keys) {
            sql.append(
                            switch (o.by()) {
                                case DUE -> "t.sort_due";
                                case CREATED -> "t.created";
                                case STEP -> "t.name";
                            })
                    .append(o.ascending() ? " asc, " : " desc, ");
        }
        params.addValue("limit", limit).addValue("offset", offset);
        return sql.append("t.task_id asc limit :limit offset :offset").toString();
    }

    String where() {
        return where.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
