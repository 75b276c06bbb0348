package cn.jiandang.warning;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.region.RegionCode;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After an import, in its transaction: the new signals of households with an open warning join it; every other
 * household the import touched is judged once by the decision table, over its aggregated signals; each warning is
 * stored, its verification started for the household's village and audited, and its household's signals attached.
 */
@Component
class WarningRaiser {

    private static final Logger log = LoggerFactory.getLogger(WarningRaiser.class);

    /** What an import caused: signals joined to open warnings, households judged, warnings raised. */
    record Raised(int attached, int judged, int warnings) {}

    private final SignalStore signals;
    private final WarningInputs inputs;
    private final WarningRules rules;
    private final WarningStore warnings;
    private final Procedures procedures;
    private final AuditLog audit;
    private final Clock clock;

    WarningRaiser(
            SignalStore signals,
            WarningInputs inputs,
            WarningRules rules,
            WarningStore warnings,
            Procedures procedures,
            AuditLog audit,
            Clock clock) {
        this.signals = signals;
        this.inputs = inputs;
        this.rules = rules;
        this.warnings = warnings;
        this.procedures = procedures;
        this.audit = audit;
        this.clock = clock;
    }

    Raised afterImport(long job) {
        long t0 = System.nanoTime();
        int attached = signals.attachToOpenWarnings(job);
        List<HouseholdInputs> touched = inputs.ofImport(job, LocalDate.now(clock));
        DmnDecision decision = touched.isEmpty() ? null : rules.latest();
        long t1 = System.nanoTime();
        long starting = 0;
        Instant now = clock.instant();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (HouseholdInputs h : touched) {
            Optional<WarningRules.Verdict> verdict = rules.judge(decision, h);
            if (verdict.isEmpty()) {
                continue;
            }
            long s0 = System.nanoTime();
            long id = warnings.insert(h, verdict.get(), job, now);
            RegionCode village = RegionCode.of(h.villageCode());
            warnings.started(
                    id,
                    procedures.start(ProcedureStart.of(WarningVariables.PROCESS_KEY, id, village)
                            .household(h.householdId())));
            entries.add(new AuditLog.Entry(
                    String.valueOf(id),
                    h.householdId(),
                    village,
                    "预警（导入任务 " + job + "）：" + verdict.get().reason() + "；风险："
                            + verdict.get().risk().label()));
            starting += System.nanoTime() - s0;
        }
        if (!entries.isEmpty()) {
            signals.attachToOpenWarnings(job);
            audit.recordAll(AuditActions.CREATE, "Warning", entries);
        }
        log.info(
                "Import {}: {} signals joined open warnings, {} households judged, {} warnings raised;"
                        + " inputs {} ms, judging {} ms, raising {} ms",
                job,
                attached,
                touched.size(),
                entries.size(),
                (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1 - starting) / 1_000_000,
                starting / 1_000_000);
        return new Raised(attached, touched.size(), entries.size());
    }
}
