package cn.jiandang.quality;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Works the queue of runs in the background, as the system: an officer's request only queues a run, so that closing
 * the browser stops nothing and a run of a province never holds an HTTP request. Each node polls; the claim (an
 * update that finds the run still queued) lets exactly one node take a run, and the engine's lock row lets one run
 * reconcile at a time. Nightly it queues a run over the whole country, once per day in a cluster.
 */
@Component
class QualityWorker {

    private static final Logger log = LoggerFactory.getLogger(QualityWorker.class);

    private final QualityRunRepository runs;
    private final RunEngine engine;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ZoneId zone;

    QualityWorker(
            QualityRunRepository runs,
            RunEngine engine,
            TransactionTemplate tx,
            Clock clock,
            @Value("${jiandang.statistics.zone:Asia/Shanghai}") ZoneId zone) {
        this.runs = runs;
        this.engine = engine;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${jiandang.quality.worker-cron:*/5 * * * * *}")
    void poll() {
        SystemActor.run(this::runQueued);
    }

    @Scheduled(
            cron = "${jiandang.quality.nightly-cron:0 30 2 * * *}",
            zone = "${jiandang.statistics.zone:Asia/Shanghai}")
    void nightly() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        tx.executeWithoutResult(status -> {
            if (!runs.existsByNightlyDay(day)) {
                runs.save(new QualityRun(RegionCode.NATIONAL, QualityRun.NIGHTLY, day, "system", clock.instant()));
            }
        });
    }

    /** Runs every queued run this node can claim, oldest first; returns how many it ran. */
    int runQueued() {
        int ran = 0;
        while (true) {
            List<Long> queued = tx.execute(status -> runs.findQueued(Limit.of(1)));
            if (queued == null || queued.isEmpty()) {
                return ran;
            }
            long id = queued.get(0);
            Integer claimed = tx.execute(status -> runs.claim(id, clock.instant()));
            if (claimed != null && claimed == 1) {
                execute(id);
                ran++;
            }
        }
    }

    private void execute(long id) {
        try {
            tx.executeWithoutResult(status -> {
                engine.lock();
                QualityRun run = runs.findById(id).orElseThrow();
                long started = System.nanoTime();
                RunEngine.Outcome o =
                        engine.run(id, run.region().lowerBound(), run.region().upperBound(), clock.instant());
                long millis = (System.nanoTime() - started) / 1_000_000;
                run.done(o.found(), o.opened(), o.closed(), millis, clock.instant());
                log.info(
                        "Quality run {} over {}: {} found, {} new, {} closed in {} ms",
                        id,
                        run.region(),
                        o.found(),
                        o.opened(),
                        o.closed(),
                        millis);
            });
        } catch (RuntimeException e) {
            log.error("Quality run {} failed", id, e);
            tx.executeWithoutResult(
                    status -> runs.findById(id).ifPresent(r -> r.failed(e.getMessage(), clock.instant())));
        }
    }
}
