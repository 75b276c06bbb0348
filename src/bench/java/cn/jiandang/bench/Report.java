package cn.jiandang.bench;

import cn.jiandang.bench.BenchOptions.Size;
import cn.jiandang.bench.gen.Province;
import cn.jiandang.bench.measure.ActionResult;
import cn.jiandang.bench.measure.Identifications;
import cn.jiandang.bench.measure.ImportThroughput;
import cn.jiandang.bench.measure.PlanCheck;
import cn.jiandang.bench.measure.ServerStatements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.jiandang.bench.BenchMain.fmt;

/**
 * What the harness prints (and writes to target/benchmark/bench-report.txt): a line per action and size, then one
 * line per goal ({@code P3 ratio=<x> p95_ms=<y> ... PASS|FAIL}) and the plan-shape verdict; decides the exit code.
 */
final class Report {

    private final BenchOptions options;
    private final StringBuilder text = new StringBuilder();
    private final Map<Size, Map<String, ActionResult>> bySize = new LinkedHashMap<>();
    private final List<String> planFailures = new ArrayList<>();
    private final List<String> goalLines = new ArrayList<>();
    private boolean goalFailed;
    private String importLine = "P5 not measured (bench.importRows=0)";
    private String nodesLine = "P7 not measured (bench.p1=false or bench.p7Cases=0)";

    Report(BenchOptions options) {
        this.options = options;
    }

    void line(String format, Object... args) {
        String s = fmt(format, args);
        System.out.println("[bench] " + s);
        System.out.flush();
        text.append(s).append('\n');
    }

    void generated(Size size, Province.Generated g) {
        line(
                "%s generated: registry %.0f s, open tasks %.0f s (%d instances)",
                size.label(), g.registrySeconds(), g.tasksSeconds(), g.openInstances());
    }

    void action(Size size, ActionResult r) {
        line(
                "%s %-34s p50_ms=%.0f p95_ms=%.0f n=%d statements=%d commits=%d%s",
                size.label(),
                r.name(),
                r.p50(),
                r.p95(),
                r.millis().size(),
                r.statements(),
                r.commits(),
                r.error() == null ? "" : " ERROR " + r.error());
        for (ServerStatements.Row row : r.server().stream().limit(3).toList()) {
            line(
                    "    pg_stat_statements: %5d calls %8.1f ms %8d rows  %s",
                    row.calls(), row.ms(), row.rows(), PlanCheck.abbreviate(row.query()));
        }
        for (PlanCheck.Finding f : r.findings()) {
            line("    plan %s", f);
        }
    }

    void actions(Size size, Map<String, ActionResult> results) {
        bySize.put(size, results);
        if (size.equals(largest())) {
            results.values()
                    .forEach(r -> r.findings().stream()
                            .filter(PlanCheck.Finding::fatal)
                            .forEach(f -> planFailures.add(r.name() + ": " + f)));
        }
    }

    void identifications(List<Identifications.Run> appRounds, List<Identifications.Run> bareRounds, Size size) {
        Identifications.Run app = Identifications.Run.combine(appRounds);
        Identifications.Run bare = Identifications.Run.combine(bareRounds);
        double ratio = app.perSecond() / bare.perSecond();
        List<String> roundRatios = new ArrayList<>();
        for (int i = 0; i < appRounds.size(); i++) {
            roundRatios.add(
                    fmt("%.2f", appRounds.get(i).perSecond() / bareRounds.get(i).perSecond()));
        }
        goal(
                ratio >= 0.6,
                "P1 ratio=%.2f app=%.2f/s bare=%.2f/s (n=%d in %d rounds, ratios %s, 1 client, %s)"
                        + " statements/completion=%d"
                        + " commits/completion=%d jdbc_ms/completion=%.1f of %.1f (bare engine %d, %d, %.1f of %.1f)"
                        + " goal>=0.6",
                ratio,
                app.perSecond(),
                bare.perSecond(),
                app.completed(),
                appRounds.size(),
                roundRatios,
                size.label(),
                app.statements(),
                app.commits(),
                app.jdbcMillis(),
                1000 / app.perSecond(),
                bare.statements(),
                bare.commits(),
                bare.jdbcMillis(),
                1000 / bare.perSecond());
        goal(
                app.historyBytes() <= 15 * 1024,
                "P2 bytes=%.0f per completed identification (bare engine %.0f)" + " goal<=15360",
                app.historyBytes(),
                bare.historyBytes());
    }

    /** P7's two measures: completions per second of two clients on one node and of one client on each of two. */
    record Nodes(double oneNode, double twoNodes, int completedEach) {}

    void nodes(Nodes n, Size size) {
        double ratio = n.twoNodes() / n.oneNode();
        int processors = Runtime.getRuntime().availableProcessors();
        nodesLine = fmt(
                "P7 ratio=%.2f two nodes=%.2f/s one node=%.2f/s (2 clients, %d identifications each way, %s, one database)"
                        + " goal>=1.6 where cores allow%s",
                ratio,
                n.twoNodes(),
                n.oneNode(),
                n.completedEach(),
                size.label(),
                processors >= 8
                        ? (ratio >= 1.6 ? " PASS" : " FAIL")
                        : fmt(
                                " NOT APPLICABLE: %d processors carry both nodes, the clients and PostgreSQL, so a second"
                                        + " node adds no CPU (see .docs/scaling.md)",
                                processors));
        if (processors >= 8) {
            goalFailed |= ratio < 1.6;
        }
    }

    void importThroughput(ImportThroughput.Result r, Size size) {
        line(
                "%s import                             %d rows in %.2f s, %s, %d written, %d errors (ID numbers %s...)",
                size.label(), r.rows(), r.importSeconds(), r.status(), r.written(), r.errors(), r.addressCode());
        boolean ok = "DONE".equals(r.status()) && r.written() == r.rows() && r.errors() == 0;
        goalFailed |= !(ok && r.ratio() >= 0.25);
        importLine = fmt(
                "P5 ratio=%.2f import=%.0f rows/s (%d rows, all-or-nothing, at %s) COPY into the registry's tables=%.0f"
                        + " rows/s; COPY into an unindexed staging table=%.0f rows/s, ratio %.3f goal>=0.25%s",
                r.ratio(),
                r.importRate(),
                r.rows(),
                size.label(),
                r.registryRate(),
                r.stagingRate(),
                r.importRate() / r.stagingRate(),
                !ok ? " FAIL (import not complete)" : r.ratio() >= 0.25 ? " PASS" : " FAIL");
    }

    int finish() throws Exception {
        if (bySize.size() >= 2) {
            Map<String, ActionResult> small = bySize.get(smallest());
            Map<String, ActionResult> big = bySize.get(largest());
            double worstRatio = 0;
            double worstP95 = 0;
            String worst = "";
            for (var e : big.entrySet()) {
                if (e.getKey().startsWith(Scenario.P3_PREFIX) && small.containsKey(e.getKey())) {
                    double ratio = e.getValue().p95() / small.get(e.getKey()).p95();
                    if (ratio > worstRatio) {
                        worstRatio = ratio;
                        worst = e.getKey();
                    }
                    worstP95 = Math.max(worstP95, e.getValue().p95());
                }
            }
            goal(
                    worstRatio <= 1.5 && worstP95 <= 100,
                    "P3 ratio=%.2f p95_ms=%.0f (worst ratio %s; p95 the slowest task list at %s) goal ratio<=1.5 and"
                            + " p95<=100ms",
                    worstRatio,
                    worstP95,
                    worst,
                    largest().label());
            ActionResult d0 = small.get(Scenario.P4_ACTION);
            ActionResult d1 = big.get(Scenario.P4_ACTION);
            if (d0 == null || d1 == null) {
                goalLines.add("P4 not measured (bench.actions)");
            } else {
                double ratio = d1.p95() / d0.p95();
                goal(
                        ratio <= 2,
                        "P4 ratio=%.2f p95_ms=%.0f (%s %.0f ms) goal<=2",
                        ratio,
                        d1.p95(),
                        smallest().label(),
                        d0.p95());
            }
        } else {
            goalLines.add("P3, P4 need two sizes (bench.sizes)");
        }
        goalLines.add(importLine);
        goalLines.add("P6 not measured by this harness: needs the production build and a browser; see"
                + " .docs/benchmarks.md (DeployedJarFootprintBenchmark: 198-249 KB heap per session)");
        goalLines.add(nodesLine);
        line("== goals");
        goalLines.forEach(l -> line("%s", l));
        if (planFailures.isEmpty()) {
            line(
                    "PLAN PASS no sequential scan on ACT_RU_VARIABLE, no primary-key walk for a region page (at %s)",
                    largest().label());
        } else {
            planFailures.forEach(f -> line("PLAN %s", f));
        }
        Path out = Files.createDirectories(Path.of("target", "benchmark")).resolve("bench-report.txt");
        Files.writeString(out, text);
        boolean fail = (!planFailures.isEmpty() && options.failOnPlans()) || (goalFailed && options.failOnGoals());
        line(
                "exit %d (bench.failOnGoals=%s, bench.failOnPlans=%s); report %s",
                fail ? 1 : 0, options.failOnGoals(), options.failOnPlans(), out);
        return fail ? 1 : 0;
    }

    private void goal(boolean pass, String format, Object... args) {
        goalFailed |= !pass;
        goalLines.add(fmt(format, args) + (pass ? " PASS" : " FAIL"));
    }

    private Size smallest() {
        return options.sizes().get(0);
    }

    private Size largest() {
        return options.sizes().get(options.sizes().size() - 1);
    }
}
