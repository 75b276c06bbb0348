package cn.jiandang.villageexit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the village-exit process's service tasks do (called by {@link VillageExitDelegates} only): keep the DMN's
 * assessment, the notice, and the outcome; the village's exit year goes on its poor-village record.
 */
@Service
@Transactional
class VillageExitCallbacks {

    private final VillageExitCaseRepository cases;
    private final RegionAttributeRepository attributes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VillageExitCallbacks(
            VillageExitCaseRepository cases,
            RegionAttributeRepository attributes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.attributes = attributes;
        this.events = events;
        this.clock = clock;
    }

    /** After the DMN table. */
    void assessed(long caseId, boolean qualifies) {
        cases.require(caseId).assessed(qualifies);
    }

    /** The notice starts for {@code duration} (the process's timer): the public board shows it from today. */
    void noticeStarted(long caseId, Duration duration) {
        VillageExitCase c = cases.require(caseId);
        c.noticeStarted(Instant.now(clock));
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        events.publishEvent(new VillageExitPublished(
                caseId, c.view().villageCode(), from, from.plusDays(Math.max(1, duration.toDays()))));
    }

    void noticeEnded(long caseId) {
        cases.require(caseId).noticeEnded();
    }

    /** The village has exited (its poor-village flag records the year) and the province sees it. */
    void exited(long caseId, String actor) {
        VillageExitCase c = cases.require(caseId);
        c.exited(actor, Instant.now(clock));
        attributes
                .findById(c.view().villageCode())
                .ifPresent(a -> a.exitedIn(LocalDate.now(clock).getYear()));
    }

    /** Not approved; below the threshold the case says by how much. */
    void rejected(long caseId, String actor) {
        VillageExitCase c = cases.require(caseId);
        if (Boolean.FALSE.equals(c.view().qualifies())) {
            c.reviewed("贫困发生率"
                    + c.view()
                            .incidence()
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString() + "%，未达到出列标准（低于" + c.view().thresholdLabel() + "）");
        }
        c.rejected(actor, Instant.now(clock));
    }
}
