package cn.jiandang.statistics;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One computed day: an entity so that its instant is written and read alike, and its creation is audited. */
@Entity
@Table(name = "stat_daily_run")
class DailyRun {

    @Id
    private LocalDate snapshotDay;

    private Instant computedAt;
    private String computedBy;
    private String triggeredBy;
    private int households;
    private long durationMs;

    protected DailyRun() {}

    DailyRun(LocalDate day, Instant at, String by, String trigger, int households, long durationMs) {
        this.snapshotDay = day;
        this.computedAt = at;
        this.computedBy = by;
        this.triggeredBy = trigger;
        this.households = households;
        this.durationMs = durationMs;
    }

    SnapshotRun view() {
        return new SnapshotRun(snapshotDay, computedAt, computedBy, triggeredBy, households, durationMs);
    }
}
