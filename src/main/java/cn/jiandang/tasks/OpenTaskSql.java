package cn.jiandang.tasks;

import cn.jiandang.security.Officer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A task-list query over {@code open_task}, from bound parameters only. The region tab is one range of the groups'
 * region ({@link RegionTab}). "Mine" is the union of index walks: the tasks assigned to me, and for each of my groups
 * its unclaimed tasks ({@code open_task_group} keeps each task's assignee and order keys beside the group). In the default order
 * (due, created, id), which a cursor continues, every walk reads its own index in that order and stops after a page
 * (or, counting, after the cap), so a page costs the same whether a group holds fifty tasks or fifty thousand.
 */
final class OpenTaskSql {

    static final String COLUMNS = "t.task_id, t.process_instance_id, t.process_definition_id, t.step_key,"
            + " t.name, t.case_id, t.household_id, t.region_code, t.candidate_groups, t.assignee, t.created, t.due";

    private static final String DEFAULT_ORDER = "t.sort_due, t.created, t.task_id";
    private static final String DEFAULT_ORDER_ASC = "t.sort_due asc, t.created asc, t.task_id asc";

    /** The filter's conditions on a task aliased {@code t}, each starting with " and ". */
    private final StringBuilder filters = new StringBuilder();

    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private final boolean mine;
    private final int groupCount;

    private OpenTaskSql(boolean mine, int groupCount) {
        this.mine = mine;
        this.groupCount = groupCount;
    }

    static OpenTaskSql of(Officer officer, TaskFilter filter, Instant now) {
        boolean mine = filter.scope() == TaskFilter.Scope.MINE;
        List<String> groups = mine ? officer.candidateGroups() : List.of();
        OpenTaskSql s = new OpenTaskSql(mine, groups.size());
        if (mine) {
            s.params.addValue("me", officer.username());
            for (int i = 0; i < groups.size(); i++) {
                s.params.addValue("group" + i, groups.get(i));
            }
        } else if (officer.region().lowerBound().equals(officer.region().upperBound())) {
            // a village is one value: its tasks come in the list's order from ix_open_task_region, and a generic plan
            // cannot mistake it for a range wide enough to walk the order index instead
            s.filters.append(" and t.group_region = :region");
            s.params.addValue("region", officer.region().lowerBound());
        } else {
            // the bounds as literals (twelve digits, checked): a plan made for this range, not a generic one, which
            // cannot tell a township's few hundred tasks from a province's million and may sort a county's thousands
            s.filters
                    .append(" and t.group_region between '")
                    .append(digits(officer.region().lowerBound()))
                    .append("' and '")
                    .append(digits(officer.region().upperBound()))
                    .append("'");
        }
        if (filter.procedureKey() != null) {
            s.filters.append(" and t.process_key = :processKey");
            s.params.addValue("processKey", filter.procedureKey());
        }
        if (filter.overdueOnly()) {
            s.filters.append(" and t.due < :now");
            s.params.addValue("now", Timestamp.from(now));
        }
        if (filter.stepName() != null && !filter.stepName().isBlank()) {
            s.filters.append(" and t.name like :step escape '!'");
            s.params.addValue("step", "%" + escape(filter.stepName().strip()) + "%");
        }
        if (filter.village() != null) {
            // equals, not a prefix: a case of the township above the village is not the village's
            s.filters.append(" and t.region_code = :village");
            s.params.addValue("village", filter.village().value());
        }
        return s;
    }

    /** The page after the cursor (null: from the start) in the default order, {@code limit} rows. */
    String after(TaskCursor cursor, int limit) {
        params.addValue("limit", limit);
        String from = "";
        if (cursor != null) {
            from = " and (%s.sort_due, %s.created, %s.task_id) > (:afterDue, :afterCreated, :afterId)";
            params.addValue("afterDue", Timestamp.from(cursor.sortDue()))
                    .addValue("afterCreated", cursor.created() == null ? null : Timestamp.from(cursor.created()))
                    .addValue("afterId", cursor.taskId());
        }
        return select(DEFAULT_ORDER, from, ":limit", " limit :limit");
    }

    /**
     * The chosen order (first key first), then the default order and the id as tie-breakers; by offset. In the
     * default order the walks of "mine" read their indexes; another order sorts what each walk finds.
     */
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
        StringBuilder by = new StringBuilder();
        for (TaskOrder o : keys) {
            by.append(
                            switch (o.by()) {
                                case DUE -> "t.sort_due";
                                case CREATED -> "t.created";
                                case STEP -> "t.name";
                            })
                    .append(o.ascending() ? " asc, " : " desc, ");
        }
        String orderBy = by.append("t.task_id asc").toString();
        params.addValue("limit", limit).addValue("offset", offset).addValue("offsetPlusLimit", offset + limit);
        return select(
                orderBy.equals(DEFAULT_ORDER_ASC) ? DEFAULT_ORDER : orderBy,
                "",
                ":offsetPlusLimit",
                " limit :limit offset :offset");
    }

    /**
     * The select of a page: the region tab over {@code open_task}; "mine" as the union of its walks, each taking
     * {@code walkLimit} rows in the page's order after {@code from} (a cursor's condition, {@code %s} for the alias),
     * of which the outer query takes the page (a task of two of my groups comes once).
     */
    private String select(String orderBy, String from, String walkLimit, String page) {
        String order = " order by " + orderBy;
        if (!mine) {
            return "select " + COLUMNS + " from open_task t where 1 = 1" + filters + from.replace("%s", "t") + order
                    + page;
        }
        String columns = COLUMNS + ", t.sort_due";
        // the group's copy of the order keys serves the default order from its index
        String groupOrder = orderBy.equals(DEFAULT_ORDER) ? orderBy.replace("t.", "g.") : orderBy;
        List<String> walks = new ArrayList<>();
        walks.add("select " + columns + " from open_task t where t.assignee = :me" + filters + from.replace("%s", "t")
                + order + " limit " + walkLimit);
        for (int i = 0; i < groupCount; i++) {
            walks.add("select " + columns + " from open_task_group g join open_task t on t.task_id = g.task_id"
                    + " where g.group_id = :group" + i + " and g.assignee is null" + filters + from.replace("%s", "g")
                    + " order by " + groupOrder + " limit " + walkLimit);
        }
        return "select " + COLUMNS + " from (" + union(walks, " union ", "*") + ") t" + order + page;
    }

    /** The number of matching tasks, reading at most {@code cap} + 1 of each walk. */
    String count(long cap) {
        params.addValue("capPlusOne", cap + 1);
        if (!mine) {
            return "select count(*) from (select 1 from open_task t where 1 = 1" + filters + " limit :capPlusOne) c";
        }
        List<String> walks = new ArrayList<>();
        walks.add("select t.task_id from open_task t where t.assignee = :me" + filters + " limit :capPlusOne");
        for (int i = 0; i < groupCount; i++) {
            // without a filter the group's index answers alone
            walks.add("select g.task_id from open_task_group g"
                    + (filters.isEmpty() ? "" : " join open_task t on t.task_id = g.task_id")
                    + " where g.group_id = :group" + i + " and g.assignee is null" + filters + " limit :capPlusOne");
        }
        // a task offered to two of my groups is one task
        return "select count(distinct task_id) from (" + union(walks, " union all ", "task_id") + ") c";
    }

    /** The walks as one derived table, each walk in its own (its order and limit stay its own). */
    private static String union(List<String> walks, String operator, String columns) {
        StringBuilder union = new StringBuilder();
        for (String w : walks) {
            union.append(union.length() == 0 ? "" : operator)
                    .append("select ")
                    .append(columns)
                    .append(" from (")
                    .append(w)
                    .append(") w");
        }
        return union.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }

    private static String digits(String bound) {
        if (!bound.matches("\\d{12}")) {
            throw new IllegalArgumentException("not a 12-digit region bound: " + bound);
        }
        return bound;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
