package cn.jiandang.assistance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What the assistance process asks of its plans (called by {@link AssistanceDelegates} only). */
@Service
@Transactional
class AssistanceCallbacks {

    private final AssistancePlanRepository plans;
    private final Clock clock;

    AssistanceCallbacks(AssistancePlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The measures still to record (planned or returned): one task each. */
    List<Long> pendingMeasureIds(long planId) {
        return plans.require(planId).measures().stream()
                .filter(m -> m.status() == MeasureStatus.PLANNED || m.status() == MeasureStatus.RETURNED)
                .map(AssistanceMeasure::id)
                .toList();
    }

    void close(long planId, String actor) {
        plans.require(planId).close(actor, Instant.now(clock));
    }
}
