package cn.jiandang.bench;

import cn.jiandang.bench.BenchOptions.Size;
import cn.jiandang.bench.gen.Province;
import cn.jiandang.bench.gen.TaskVolume;
import cn.jiandang.bench.measure.ActionResult;
import cn.jiandang.bench.measure.Identifications;
import cn.jiandang.bench.measure.ImportThroughput;
import cn.jiandang.bench.measure.ServerStatements;
import cn.jiandang.bench.measure.SnapshotTiming;
import cn.jiandang.bench.measure.UserActions;
import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.DailySnapshotJob;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness: for each size (smallest first) it makes sure the size's database holds the synthetic province
 * (generating it if not), boots the app on it, measures the user actions and, on the smallest size, the
 * identification throughput and, on the largest, the household import's (P5); then prints the goals P1–P7 with ratios and p95 and the plan-shape verdict.
 * Exit code: 1 when a plan shape fails, or when a goal fails and bench.failOnGoals is true; else 0.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        BenchOptions o = BenchOptions.fromSystemProperties();
        Report report = new Report(o);
        report.line(
                "jiandang benchmark %s, sizes %s, %d processors, load average %.2f",
                LocalDateTime.now(),
                o.sizes().stream().map(Size::label).toList(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Size size : o.sizes()) {
            runSize(o, size, report, size.equals(o.sizes().get(0)));
        }
        int exit = report.finish();
        System.exit(exit);
    }

    private static void runSize(BenchOptions o, Size size, Report report, boolean smallest) throws Exception {
        String url = o.jdbcUrl(size);
        int openTasks = o.openTasks(size);
        String marker = Database.marker(size.households(), openTasks, o.seed());
        boolean fresh = o.regenerate() || !Database.holds(url, o.user(), o.password(), marker);
        report.line(
                "== %s: database %s, %s",
                size.label(),
                o.database(size),
                fresh ? "generating " + size.households() + " households, " + openTasks + " open tasks" : "reused");
        if (fresh) {
            Database.empty(url, o.user(), o.password());
        }
        long boot = System.nanoTime();
        try (AppNode node = AppNode.start(size.label(), url, o.user(), o.password())) {
            report.line("app started in %.1f s", (System.nanoTime() - boot) / 1e9);
            if (fresh) {
                Province.Generated g = Province.generate(node, size.households(), openTasks, o.seed(), report::line);
                Database.mark(url, o.user(), o.password(), marker);
                report.generated(size, g);
            }
            // the dashboard reads the daily snapshot (issue 12): today's, over what was just generated (a reused
            // database got today's at boot if it had none), so that P4 times the dashboard as officials open it
            if (fresh) {
                long t0 = System.nanoTime();
                DailySnapshotJob job = node.bean(DailySnapshotJob.class);
                long counted = SystemActor.call(() -> job.compute(job.today()));
                report.line("daily snapshot of %d households in %.1f s", counted, (System.nanoTime() - t0) / 1e9);
            }
            TaskVolume.ensure(node.raw(), o.openTasksInAll(size), report::line);
            ServerStatements server = new ServerStatements(node.raw());
            if (server.unavailable() != null) {
                report.line("note: %s; statements per action are the client's count only", server.unavailable());
            }
            UserActions actions = new UserActions(node, server);
            Map<String, ActionResult> results = new LinkedHashMap<>();
            List<UserActions.Action> measured = Scenario.actions(node).stream()
                    .filter(a -> o.measures(a.name()))
                    .toList();
            // every action a few times before any is measured, at every size: the sizes share one JVM, so without it
            // the first size measured would pay the JIT compilation of the views for the later ones
            int actionWarmup = Integer.getInteger("bench.actionWarmup", 5);
            for (UserActions.Action a : measured) {
                actions.measure(a, actionWarmup, o.actionBudgetMillis());
            }
            for (UserActions.Action a : measured) {
                ActionResult r = actions.measure(a, o.samples(), o.actionBudgetMillis());
                results.put(a.name(), r);
                report.action(size, r);
            }
            report.actions(size, results);
            int snapshotRuns = Integer.getInteger("bench.snapshotRuns", 3);
            if (snapshotRuns > 0) {
                SnapshotTiming.Result snapshot = SnapshotTiming.measure(node, snapshotRuns);
                report.line(
                        "%s snapshot.compute                   p50_ms=%.0f n=%d households=%d runs_ms=%s",
                        size.label(),
                        snapshot.p50(),
                        snapshot.millis().size(),
                        snapshot.households(),
                        snapshot.millis().stream().map(ms -> fmt("%.0f", ms)).toList());
            }
            if (smallest && o.p1()) {
                Identifications p1 = new Identifications(node);
                // both sides warmed the same (bench.p1Warmup cases each, not counted): otherwise the side run first
                // pays the JIT compilation of the engine's code for the other
                int warmup = Integer.getInteger("bench.p1Warmup", 4);
                if (warmup > 0) {
                    p1.throughApp(warmup);
                    p1.bareEngine(warmup);
                }
                // in rounds, app and bare engine alternately: the machine's drift (checkpoints, autovacuum, the other
                // processes) falls on both sides instead of on whichever ran second
                int rounds = Math.max(1, Math.min(o.p1Cases(), Integer.getInteger("bench.p1Rounds", 3)));
                List<Identifications.Run> app = new ArrayList<>();
                List<Identifications.Run> bare = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    int cases = o.p1Cases() / rounds + (round < o.p1Cases() % rounds ? 1 : 0);
                    app.add(p1.throughApp(cases));
                    bare.add(p1.bareEngine(cases));
                }
                report.identifications(app, bare, size);
                int p7Cases = Integer.getInteger("bench.p7Cases", 10);
                if (p7Cases > 0) {
                    report.nodes(twoNodes(o, size, node, p7Cases), size);
                }
            }
            if (size.equals(o.sizes().get(o.sizes().size() - 1)) && o.importRows() > 0) {
                report.importThroughput(
                        new ImportThroughput(node).measure(o.importRows(), Scenario.countyOfficer(), 1_800_000), size);
            }
        }
    }

    /**
     * P7: a second node on the same database (in this JVM, its own engine name, context, pools and caches; sharing
     * the machine's processors with the first and with PostgreSQL), then two clients on one node against one client
     * on each node, identifications completed per second; each twice, alternately, after a warm-up of the second node.
     */
    private static Report.Nodes twoNodes(BenchOptions o, Size size, AppNode first, int casesEach) throws Exception {
        try (AppNode second = AppNode.start(
                size.label() + "-b",
                o.jdbcUrl(size),
                o.user(),
                o.password(),
                Map.of("camunda.bpm.process-engine-name", "benchSecond"))) {
            Identifications.concurrently(List.of(first, second), 2);
            double one = 0;
            double two = 0;
            for (int round = 0; round < 2; round++) {
                one += Identifications.concurrently(List.of(first, first), casesEach);
                two += Identifications.concurrently(List.of(first, second), casesEach);
            }
            return new Report.Nodes(one / 2, two / 2, casesEach * 2 * 2);
        }
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
