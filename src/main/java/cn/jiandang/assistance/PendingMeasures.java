package cn.jiandang.assistance;

import java.util.List;

/** The expression bean {@code assistanceMeasures} of the process: public so that the engine's EL may call it. */
public final class PendingMeasures {

    private final AssistanceCallbacks process;

    PendingMeasures(AssistanceCallbacks process) {
        this.process = process;
    }

    /** Ids of the plan's measures still to record (planned or returned): one task each. */
    public List<Long> pending(long planId) {
        return process.pendingMeasureIds(planId);
    }
}
