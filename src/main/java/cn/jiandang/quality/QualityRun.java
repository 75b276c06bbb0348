package cn.jiandang.quality;

import cn.jiandang.region.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One run of the rule set over a region subtree (the village-code range scopeLo..scopeHi). */
@Entity
@Table(name = "quality_run")
class QualityRun {

    static final String ON_DEMAND = "ON_DEMAND";
    static final String NIGHTLY = "NIGHTLY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String regionCode;
    private String scopeLo;
    private String scopeHi;

    @Column(name = "run_trigger")
    private String trigger;

    private LocalDate nightlyDay;

    @Enumerated(EnumType.STRING)
    private RunStatus status;

    private String requestedBy;
    private Instant requestedAt;
    private Instant startedAt;
    private Instant finishedAt;
    private int found;
    private int opened;
    private int closed;
    private long millis;
    private String failure;

    protected QualityRun() {}

    QualityRun(RegionCode region, String trigger, LocalDate nightlyDay, String requestedBy, Instant at) {
        this.regionCode = region.value();
        this.scopeLo = region.lowerBound();
        this.scopeHi = region.upperBound();
        this.trigger = trigger;
        this.nightlyDay = nightlyDay;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.status = RunStatus.QUEUED;
    }

    void started(Instant at) {
        this.status = RunStatus.RUNNING;
        this.startedAt = at;
    }

    void done(int found, int opened, int closed, long millis, Instant at) {
        this.status = RunStatus.DONE;
        this.found = found;
        this.opened = opened;
        this.closed = closed;
        this.millis = millis;
        this.finishedAt = at;
    }

    void failed(String reason, Instant at) {
        this.status = RunStatus.FAILED;
        this.failure = reason == null ? "未知错误" : reason.substring(0, Math.min(500, reason.length()));
        this.finishedAt = at;
    }

    Long id() {
        return id;
    }

    RegionCode region() {
        return RegionCode.of(regionCode);
    }

    RunStatus status() {
        return status;
    }

    RunView view() {
        return new RunView(
                id,
                regionCode,
                trigger,
                nightlyDay,
                status,
                requestedBy,
                requestedAt,
                startedAt,
                finishedAt,
                found,
                opened,
                closed,
                millis,
                failure);
    }
}
