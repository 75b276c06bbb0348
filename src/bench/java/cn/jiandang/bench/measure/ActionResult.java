package cn.jiandang.bench.measure;

import java.util.List;

/** One user action measured at one size: its times, its statements and the plan shapes of its SELECTs. */
public record ActionResult(
        String name,
        List<Double> millis,
        long statements,
        long commits,
        List<ServerStatements.Row> server,
        List<PlanCheck.Finding> findings,
        String error) {

    public double p50() {
        return Percentiles.p(millis, 50);
    }

    public double p95() {
        return Percentiles.p(millis, 95);
    }
}
