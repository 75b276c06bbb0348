package cn.jiandang.it;

import cn.jiandang.JiandangApplication;
import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.DailySnapshotJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: the nightly run fires on both at the same moment and the day is computed once (the
 * lock row serialises them, the second finds the day settled); the second node's start computes nothing either.
 */
@PostgresAppTest
class DailySnapshotClusterIT {

    @Autowired
    DailySnapshotJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNightlyRunComputesADayOnceWhenTwoNodesFireTogether() throws Exception {
        LocalDate yesterday = job.today().minusDays(1);
        jdbc.update("delete from stat_daily_run where snapshot_day = ?", yesterday);
        long mark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(JiandangApplication.class)
                .profiles("postgres", "pgtest")
                .properties("server.port=0", "camunda.bpm.process-engine-name=second", "spring.jmx.enabled=false")
                .run()) {
            assertThat(runs(mark, job.today()))
                    .as("the second node's start found today computed")
                    .isZero();
            DailySnapshotJob other = second.getBean(DailySnapshotJob.class);
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> fire(together, job));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> fire(together, other));
            CompletableFuture.allOf(a, b).get();
        }
        assertThat(runs(mark, yesterday)).as("computations of yesterday").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select triggered_by || '/' || computed_by from stat_daily_run where snapshot_day = ?",
                        String.class,
                        yesterday))
                .as("fired by the schedule, computed as the system (nobody is logged in)")
                .isEqualTo("SCHEDULED/" + SystemActor.USERNAME);
    }

    private static void fire(CyclicBarrier together, DailySnapshotJob node) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        node.nightly();
    }

    /** Run rows written (each is audited as it is created) since the mark. */
    private long runs(long mark, LocalDate day) {
        return jdbc.queryForObject("""
                select count(*) from audit_entry where id > ? and action = 'CREATE'
                and entity_type like '%DailyRun' and entity_id = ?""", Long.class, mark, day.toString());
    }
}
