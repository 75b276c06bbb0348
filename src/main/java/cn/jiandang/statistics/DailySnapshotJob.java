package cn.jiandang.statistics;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.security.SystemActor;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Computes the daily snapshot (R13) of one day: every table's rows of the day replaced in one transaction, under a
 * database lock row so that in a cluster exactly one node computes at a time and a node that waited sees the other's
 * result. Nightly at {@code jiandang.statistics.cron} (default 01:00) in {@code jiandang.statistics.zone} (default
 * Asia/Shanghai) it computes the day that just ended as the {@link SystemActor}, unless a final snapshot of it
 * exists; the centre recomputes a past day on demand through {@link StatisticsService#recompute}; the benchmark
 * harness times {@link #compute}. Only the system and the centre compute: a call without a login is refused.
 */
@Service
public class DailySnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(DailySnapshotJob.class);

    /** What started a computation, kept on the day's run row. */
    public enum Trigger {
        SCHEDULED,
        STARTUP,
        ON_DEMAND
    }

    private final SnapshotSql sql;
    private final WarningSnapshotSql warnings;
    private final ScaleSnapshot scale;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final CurrentOfficer current;
    private final RegionAccess access;
    private final Clock clock;
    private final ZoneId zone;

    DailySnapshotJob(
            SnapshotSql sql,
            WarningSnapshotSql warnings,
            ScaleSnapshot scale,
            EntityManager em,
            TransactionTemplate tx,
            CurrentOfficer current,
            RegionAccess access,
            Clock clock,
            @Value("${jiandang.statistics.zone:Asia/Shanghai}") ZoneId zone) {
        this.sql = sql;
        this.warnings = warnings;
        this.scale = scale;
        this.em = em;
        this.tx = tx;
        this.current = current;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
    }

    /** Computes the day, replacing what was there; returns the households counted (all categories, whole country). */
    public long compute(LocalDate day) {
        return run(day, Trigger.ON_DEMAND, false);
    }

    /** The nightly run: the day that just ended, once in the cluster, as the system (no officer is logged in). */
    @Scheduled(cron = "${jiandang.statistics.cron:0 0 1 * * *}", zone = "${jiandang.statistics.zone:Asia/Shanghai}")
    public void nightly() {
        SystemActor.run(() -> run(today().minusDays(1), Trigger.SCHEDULED, true));
    }

    /**
     * Computes the day unless a snapshot that settles it exists (for a past day: one computed after the day ended;
     * for today: any). Returns whether this call computed it.
     */
    public boolean computeIfMissing(LocalDate day, Trigger trigger) {
        return run(day, trigger, true) >= 0;
    }

    /** The zone the statistics' days begin and end in. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the statistics' time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** @return households counted, or -1 when skipped because another run had settled the day */
    private long run(LocalDate day, Trigger trigger, boolean skipIfSettled) {
        access.checkChangeOrSystem(RegionCode.NATIONAL, Role.CENTRE_ADMIN);
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        String by = current.get().map(Officer::username).orElseThrow();
        Long households = tx.execute(status -> {
            sql.lock();
            if (skipIfSettled && settled(day, dayEnd)) {
                return -1L;
            }
            long started = System.nanoTime();
            sql.delete(day);
            sql.villageCategories(day, dayStart, dayEnd);
            sql.villageChanges(day, dayStart, dayEnd);
            sql.rollUp(day);
            warnings.compute(day, dayStart, dayEnd);
            scale.compute(day);
            long counted = sql.nationalHouseholds(day);
            long millis = (System.nanoTime() - started) / 1_000_000;
            sql.insertRun(day, clock.instant(), by, trigger.name(), counted, millis);
            log.info("Daily snapshot {} ({}): {} households in {} ms", day, trigger, counted, millis);
            return counted;
        });
        return households == null ? -1 : households;
    }

    private boolean settled(LocalDate day, Instant dayEnd) {
        Instant now = clock.instant();
        // a snapshot of a day still running is settled by any run; of a past day only by one after its end
        Instant needed = now.isBefore(dayEnd) ? Instant.EPOCH : dayEnd;
        DailyRun run = em.find(DailyRun.class, day);
        return run != null && !run.view().computedAt().isBefore(needed);
    }
}
