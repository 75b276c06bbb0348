package cn.jiandang.exchange;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.bulk.BulkRegistration;
import cn.jiandang.household.bulk.NewRegistration;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Works queued imports in the background as the system (the officer's region was recorded on the job and every row is
 * checked against it): read and check every row, store the bad ones, then write. All-or-nothing writes nothing when
 * a row is bad and otherwise everything in one transaction; valid rows writes the good households in batches of
 * their own transactions, the progress bar advancing after each. The claim lets exactly one node take a job.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    static final int BATCH = 500;

    private final ImportStore store;
    private final HouseholdRows rows;
    private final BulkRegistration bulk;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, ImportHandler> handlers;
    private final String node = UUID.randomUUID().toString();

    ImportWorker(
            ImportStore store,
            HouseholdRows rows,
            BulkRegistration bulk,
            AuditLog audit,
            TransactionTemplate tx,
            Clock clock,
            List<ImportHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toMap(ImportHandler::kind, h -> h));
        this.store = store;
        this.rows = rows;
        this.bulk = bulk;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${jiandang.imports.worker-cron:*/2 * * * * *}")
    void poll() {
        SystemActor.run(this::runQueued);
    }

    /** Works every queued job this node can claim; returns how many. */
    int runQueued() {
        int ran = 0;
        for (Long id = next(); id != null; id = next()) {
            long job = id;
            if (Boolean.TRUE.equals(tx.execute(s -> store.claim(job, node, clock.instant())))) {
                SystemActor.run(() -> work(job));
                ran++;
            }
        }
        return ran;
    }

    private Long next() {
        return tx.execute(s -> store.nextQueued().orElse(null));
    }

    private void work(long id) {
        try {
            ImportStore.Job job = tx.execute(s -> store.job(id));
            if (!ImportJobs.HOUSEHOLDS.equals(job.kind())) {
                workWith(handlers.get(job.kind()), job);
                return;
            }
            List<HouseholdFile.Line> lines = HouseholdFile.read(job.format(), tx.execute(s -> store.content(id)));
            int total = lines.size();
            HouseholdRows.Plan plan = tx.execute(s ->
                    rows.check(lines, RegionCode.of(job.officerRegion()), "导入任务 " + id + "（" + job.importedBy() + "）"));
            int bad = plan.errors().size();
            tx.executeWithoutResult(s -> {
                store.errors(id, plan.errors());
                store.progress(id, total, total, 0, plan.unchanged(), bad, 0);
            });
            if (job.mode() == ImportMode.ALL_OR_NOTHING && bad > 0) {
                finish(job, total, 0, plan, 0, "ALL_OR_NOTHING: nothing written");
                return;
            }
            int written = 0;
            int households = 0;
            List<NewRegistration> all = plan.households();
            boolean allInOne = job.mode() == ImportMode.ALL_OR_NOTHING;
            int step = allInOne ? Math.max(1, all.size()) : BATCH;
            for (int from = 0; from < all.size(); from += step) {
                List<NewRegistration> batch = all.subList(from, Math.min(all.size(), from + step));
                int rowsOfBatch = batch.stream()
                        .mapToInt(r -> r.household().members().size())
                        .sum();
                int w = written + rowsOfBatch;
                int h = households + batch.size();
                tx.executeWithoutResult(s -> {
                    bulk.registerAll(batch, job.importedBy());
                    store.progress(id, total, total, w, plan.unchanged(), bad, h);
                });
                written = w;
                households = h;
            }
            finish(job, total, written, plan, households, null);
        } catch (BusinessException e) {
            fail(id, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            fail(id, "导入失败，未写入本批：" + e.getClass().getSimpleName());
        }
    }

    /**
     * A file of another kind: read, then checked and written by its handler in one transaction with its errors and
     * counts, so that a failure leaves nothing of it.
     */
    private void workWith(ImportHandler handler, ImportStore.Job job) {
        long id = job.id();
        List<FileLine> lines = TabularFile.read(job.format(), tx.execute(s -> store.content(id)), handler.fields());
        int total = lines.size();
        tx.executeWithoutResult(s -> store.progress(id, total, total, 0, 0, 0, 0));
        ImportHandler.Outcome o = tx.execute(s -> {
            ImportHandler.Outcome outcome = handler.run(job.request(), lines);
            store.errors(id, outcome.errors());
            store.progress(
                    id,
                    total,
                    total,
                    outcome.written(),
                    outcome.unchanged(),
                    outcome.errors().size(),
                    0);
            store.unmatched(id, outcome.unmatched());
            return outcome;
        });
        tx.executeWithoutResult(s -> {
            store.finish(id, ImportStatus.DONE, null, clock.instant());
            audit.record(
                    AuditActions.IMPORT,
                    "ImportJob",
                    String.valueOf(id),
                    null,
                    RegionCode.of(job.officerRegion()),
                    job.kind() + (job.quarter() == null ? "" : " " + job.quarter()) + " " + job.fileName() + "（"
                            + job.importedBy() + "）：" + total + " 行，写入 " + o.written() + " 行，未变 "
                            + o.unchanged() + " 行，未匹配 " + o.unmatched() + " 行，错误 "
                            + o.errors().size() + " 个");
        });
    }

    private void finish(
            ImportStore.Job job, int total, int written, HouseholdRows.Plan plan, int households, String note) {
        tx.executeWithoutResult(s -> {
            store.finish(job.id(), ImportStatus.DONE, null, clock.instant());
            audit.record(
                    AuditActions.IMPORT,
                    "ImportJob",
                    String.valueOf(job.id()),
                    null,
                    RegionCode.of(job.officerRegion()),
                    job.fileName() + "（" + job.importedBy() + "）：" + total + " 行，写入 " + written + " 行 / " + households
                            + " 户，未变 " + plan.unchanged() + " 行，错误 "
                            + plan.errors().size() + " 个"
                            + (note == null ? "" : "；" + note));
        });
    }

    private void fail(long id, String reason) {
        tx.executeWithoutResult(s -> store.finish(id, ImportStatus.FAILED, reason, clock.instant()));
    }
}
