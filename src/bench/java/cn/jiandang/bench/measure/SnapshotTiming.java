package cn.jiandang.bench.measure;

import cn.jiandang.bench.AppNode;
import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.DailySnapshotJob;

import java.util.ArrayList;
import java.util.List;

/**
 * The daily snapshot (issue 12: a province of 1M households in ≤ 60 s) computed for today as the nightly job does it,
 * {@code runs} times in a row through {@link DailySnapshotJob#compute} (each replaces the day's rows in one
 * transaction, so the dashboards measured after it read the same figures). Wall time per run, as the job's caller
 * sees it: the lock, the delete, the grouped inserts, the rollup, the monitoring scale and the commit.
 */
public final class SnapshotTiming {

    /** The households the snapshot counted and the ms of each run. */
    public record Result(long households, List<Double> millis) {

        public double p50() {
            return Percentiles.p(millis, 50);
        }
    }

    private SnapshotTiming() {}

    public static Result measure(AppNode node, int runs) {
        DailySnapshotJob job = node.bean(DailySnapshotJob.class);
        List<Double> millis = new ArrayList<>();
        long households = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            households = SystemActor.call(() -> job.compute(job.today()));
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        return new Result(households, millis);
    }
}
