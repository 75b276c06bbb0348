package cn.jiandang.bench.gen;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Open tasks in bulk for volume, beside the engine-started sample of {@link OpenTasks}: the engine starts 50–190
 * instances a second here, so a million open tasks through its API would take hours. What the task lists read is our
 * own projection ({@code open_task} and {@code open_task_group}, the tasks' region, step, due date, assignee and
 * candidate groups), so the volume is written there, set-based: copies of the sample's rows (same procedure, step,
 * case, household, region, assignee and groups) under ids {@code bulk-NNNN-<sample's id>}, with created and due dates
 * moved back by 0–59 days so that they interleave with the sample in the lists' order. They have no engine task: a
 * list shows and counts them as any other, but they cannot be opened or completed, and a projection rebuild from the
 * engine drops them. Idempotent: the copies are made again only when their number differs from the one asked.
 */
public final class TaskVolume {

    static final String PREFIX = "bulk-";

    private TaskVolume() {}

    /**
     * Makes the open tasks of the projection number {@code target} (the sample plus copies; none when the sample
     * alone has that many). Returns the number of copies.
     */
    public static long ensure(DataSource dataSource, long target, Consumer<String> log) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long sample = count(c, "select count(*) from open_task where task_id not like '" + PREFIX + "%'");
            long copies = count(c, "select count(*) from open_task where task_id like '" + PREFIX + "%'");
            long wanted = Math.max(0, target - sample);
            if (copies == wanted) {
                return copies;
            }
            if (sample == 0) {
                throw new IllegalStateException("no engine-started open task to copy");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("delete from open_task_group where task_id like '" + PREFIX + "%'");
                s.execute("delete from open_task where task_id like '" + PREFIX + "%'");
            }
            long perSample = (wanted + sample - 1) / sample;
            if (perSample > 9999) {
                throw new IllegalArgumentException(
                        "more than 9,999 copies per sample task: start more through the engine");
            }
            String copy = "'" + PREFIX + "' || lpad(g::text, 4, '0') || '-' || s.task_id";
            String back = "make_interval(days => (g % 60)::int)";
            try (PreparedStatement tasks = c.prepareStatement("""
                    insert into open_task (task_id, process_instance_id, process_definition_id, process_key, step_key,
                                           name, case_id, household_id, region_code, group_region, candidate_groups,
                                           assignee, created, due, sort_due)
                    select %s, s.process_instance_id, s.process_definition_id, s.process_key, s.step_key, s.name,
                           s.case_id, s.household_id, s.region_code, s.group_region, s.candidate_groups, s.assignee,
                           s.created - %s, s.due - %s, case when s.due is null then s.sort_due else s.due - %s end
                    from (select * from open_task where task_id not like '%s%%' order by task_id) s
                         cross join generate_series(1, ?) g
                    order by g, s.task_id
                    limit ?
                    """.formatted(copy, back, back, back, PREFIX))) {
                tasks.setLong(1, perSample);
                tasks.setLong(2, wanted);
                tasks.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                // the copy's sample is what follows 'bulk-NNNN-'
                s.execute("""
                        insert into open_task_group (group_id, task_id, sort_due, created, assignee)
                        select g.group_id, t.task_id, t.sort_due, t.created, t.assignee
                        from open_task t join open_task_group g on g.task_id = substring(t.task_id from 11)
                        where t.task_id like '%s%%'
                        """.formatted(PREFIX));
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze open_task");
                s.execute("analyze open_task_group");
            }
            log.accept(String.format(
                    Locale.ROOT,
                    "open tasks in bulk: %d copies of the %d engine-started ones written to the projection in %.1f s"
                            + " (%d open tasks)",
                    wanted,
                    sample,
                    (System.nanoTime() - t0) / 1e9,
                    sample + wanted));
            return wanted;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
