package cn.jiandang.bench.measure;

import java.util.List;

/** Median and p95 of sorted samples (nearest rank). */
public final class Percentiles {

    private Percentiles() {}

    public static double p(List<Double> samples, double percentile) {
        List<Double> sorted = samples.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
