package cn.jiandang.bench.gen;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Open tasks at every step of every procedure, in volume, through the engine's public API only: each case row is
 * written to our tables with COPY, then its process instance is started directly at the step with
 * {@code runtimeService.createProcessInstanceByKey(key).startBeforeActivity(step)} (process instance modification),
 * with the variables the procedure's service sets, in transactions of {@value #BATCH} starts, the job executor off.
 * The engine writes its own rows (execution, task, variables, identity links, timers, history) as for any start;
 * the steps before the chosen one did not run, so their history is missing. No engine table is written with SQL.
 */
public final class OpenTasks {

    static final int BATCH = 100;
    private static final String CREATED =
            LocalDateTime.of(2025, 1, 6, 9, 0).toString().replace('T', ' ');

    private final DataSource dataSource;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;

    public OpenTasks(DataSource dataSource, RuntimeService runtime, TransactionTemplate tx) {
        this.dataSource = dataSource;
        this.runtime = runtime;
        this.tx = tx;
    }

    /** A case to start: its procedure, step, business key (the case id) and variables. */
    record Start(Step step, long caseId, Map<String, Object> variables) {}

    /** Writes the case rows and starts the instances; returns how many instances were started. */
    int load(ProvinceTree tree, Registry registry, int total, Random random, IntConsumer progress) throws SQLException {
        List<Start> starts;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            starts = new CaseRows(tree, registry, random).write(c, total);
            c.commit();
        }
        int done = 0;
        for (int from = 0; from < starts.size(); from += BATCH) {
            List<Start> batch = starts.subList(from, Math.min(starts.size(), from + BATCH));
            tx.executeWithoutResult(status -> batch.forEach(this::start));
            done += batch.size();
            progress.accept(done);
        }
        linkInstances();
        return done;
    }

    private void start(Start s) {
        runtime.createProcessInstanceByKey(s.step().process())
                .businessKey(String.valueOf(s.caseId()))
                .setVariables(s.variables())
                .startBeforeActivity(s.step().activity())
                .execute();
    }

    /** Each case row learns its process instance (business key = case id, as the services start them). */
    private void linkInstances() throws SQLException {
        Map<String, String> tables = new HashMap<>();
        tables.put("identification_case", "identification");
        tables.put("risk_elimination_case", "riskElimination");
        tables.put("assistance_plan", "assistance");
        tables.put("rectification_case", "rectification");
        tables.put("year_end_case", "yearEndExit");
        tables.put("village_exit_case", "villageExit");
        tables.put("feature_grant", "functionOpening");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (var e : tables.entrySet()) {
                s.executeUpdate("update " + e.getKey() + " t set process_instance_id = e.id_ from act_ru_execution e"
                        + " join act_re_procdef d on d.id_ = e.proc_def_id_ and d.key_ = '" + e.getValue() + "'"
                        + " where e.parent_id_ is null and e.business_key_ = t.id::text"
                        + " and t.process_instance_id is null");
            }
        }
    }

    static String created() {
        return CREATED;
    }

    static List<Step> plan(int total, int villages, int poorVillages) {
        List<Step> plan = new ArrayList<>();
        int yearEnd = 0;
        int villageExit = 0;
        for (Step step : Step.ALL) {
            int n = (int) Math.round(total * step.perMille() / 1000.0);
            if (step.process().equals("yearEndExit")) {
                n = Math.min(n, villages / 4 - yearEnd);
                yearEnd += n;
            } else if (step.process().equals("villageExit")) {
                n = Math.min(n, poorVillages / 2 - villageExit);
                villageExit += n;
            }
            for (int i = 0; i < Math.max(1, n); i++) {
                plan.add(step);
            }
        }
        plan.addAll(Step.CENTRE);
        return plan;
    }
}
