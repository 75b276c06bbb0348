package cn.jiandang.statistics;

import cn.jiandang.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;

/**
 * On start, after the demo data (order 2): today's snapshot when it is missing, so that a fresh installation shows
 * numbers at once; and yesterday's when the node was down at the nightly run (only once snapshots exist at all: a
 * fresh installation has no yesterday worth computing). Both go through the job's lock, so nodes starting together
 * compute each day once. Runs as the {@link SystemActor}: at start nobody is logged in. Also switches on the
 * scheduling of the nightly run.
 */
@Component
@Order(3)
@EnableScheduling
class SnapshotOnStart implements ApplicationRunner {

    private final DailySnapshotJob job;
    private final SnapshotReader reader;

    SnapshotOnStart(DailySnapshotJob job, SnapshotReader reader) {
        this.job = job;
        this.reader = reader;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::computeMissing);
    }

    private void computeMissing() {
        var today = job.today();
        boolean running = !reader.days(today.minusYears(1), today.minusDays(2)).isEmpty();
        if (running) {
            job.computeIfMissing(today.minusDays(1), DailySnapshotJob.Trigger.STARTUP);
        }
        job.computeIfMissing(today, DailySnapshotJob.Trigger.STARTUP);
    }
}
