package cn.jiandang.bench.gen;

import cn.jiandang.bench.AppNode;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Generates one size of the synthetic province into the node's (empty, freshly migrated) database: regions,
 * households and members by COPY, the province's functions opened (R12), then the open tasks through the engine,
 * with ANALYZE after each bulk step. Prints each phase's time; deterministic for a seed.
 */
public final class Province {

    private static final String[] FEATURES = {
        "IDENTIFICATION_NEWLY_POOR",
        "IDENTIFICATION_RETURNED",
        "IDENTIFICATION_MONITORED",
        "IDENTIFICATION_MARGINAL",
        "NATURAL_CHANGE",
        "BASE_DATA_EDIT",
        "ASSISTANCE",
        "RISK_ELIMINATION",
        "YEAR_END_EXIT",
        "STATISTICS"
    };

    /** What was generated and how long each part took. */
    public record Generated(
            long households, long members, long rows, int openInstances, double registrySeconds, double tasksSeconds) {}

    private Province() {}

    public static Generated generate(AppNode node, int households, int openTasks, long seed, Consumer<String> log)
            throws SQLException {
        Random random = new Random(seed);
        ProvinceTree tree = new ProvinceTree();
        Registry registry = new Registry(households);
        long t0 = System.nanoTime();
        try (Connection c = node.raw().getConnection()) {
            c.setAutoCommit(false);
            long regionRows = tree.copy(c, random);
            registry.copy(c, tree, random, 2024);
            openFunctions(c);
            c.commit();
            registry.rows += regionRows;
            analyze(c);
        }
        double registrySeconds = (System.nanoTime() - t0) / 1e9;
        log.accept(String.format(
                Locale.ROOT,
                "generated %d regions, %d households, %d members (%d rows) by COPY in %.1f s",
                tree.villages().size()
                        + tree.townships().size()
                        + tree.counties().size()
                        + 11,
                households,
                registry.members,
                registry.rows,
                registrySeconds));
        long t1 = System.nanoTime();
        OpenTasks tasks =
                new OpenTasks(node.raw(), node.bean(RuntimeService.class), node.bean(TransactionTemplate.class));
        int step = Math.max(1000, openTasks / 10);
        int started = tasks.load(tree, registry, openTasks, random, done -> {
            if (done % step < OpenTasks.BATCH) {
                double s = (System.nanoTime() - t1) / 1e9;
                log.accept(
                        String.format(Locale.ROOT, "  open tasks: %d started in %.0f s (%.0f/s)", done, s, done / s));
            }
        });
        try (Connection c = node.raw().getConnection()) {
            analyze(c);
        }
        double tasksSeconds = (System.nanoTime() - t1) / 1e9;
        log.accept(String.format(
                Locale.ROOT,
                "started %d process instances at their steps through the engine in %.1f s (%.0f/s)",
                started,
                tasksSeconds,
                started / tasksSeconds));
        return new Generated(households, registry.members, registry.rows, started, registrySeconds, tasksSeconds);
    }

    private static void openFunctions(Connection c) throws SQLException {
        try (CopyWriter out = new CopyWriter(
                c,
                "feature_grant",
                "id, province_code, feature, status, reason, valid_from, valid_until, live_key, requested_by,"
                        + " requested_at, decided_by, decided_at")) {
            for (int i = 0; i < FEATURES.length; i++) {
                out.add(i + 1)
                        .add(ProvinceTree.PROVINCE)
                        .add(FEATURES[i])
                        .add("OPEN")
                        .add("基准测试")
                        .add("2020-01-01")
                        .add("2099-12-31")
                        .add(ProvinceTree.PROVINCE + ":" + FEATURES[i])
                        .add("bench")
                        .add("2020-01-01 08:00:00")
                        .add("bench")
                        .add("2020-01-01 09:00:00")
                        .end();
            }
        }
    }

    private static void analyze(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        c.setAutoCommit(auto);
    }
}
