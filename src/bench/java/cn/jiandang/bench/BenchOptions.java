package cn.jiandang.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The harness's settings, from system properties ({@code -Dbench.x=...}; .ci/bench and the pom's bench profile pass
 * them): the sizes, the databases, whether failing goals fail the run, and how much work each measurement does.
 */
public record BenchOptions(
        List<Size> sizes,
        String dbPrefix,
        String host,
        String user,
        String password,
        boolean failOnGoals,
        boolean failOnPlans,
        boolean regenerate,
        double tasksPerHousehold,
        int samples,
        int p1Cases,
        long actionBudgetMillis,
        long seed,
        String actions,
        boolean p1,
        int importRows,
        double openTasksPerHousehold) {

    public static BenchOptions fromSystemProperties() {
        return new BenchOptions(
                Arrays.stream(prop("bench.sizes", "10k,1m").split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(Size::parse)
                        .sorted()
                        .toList(),
                prop("bench.db", "jd_bench"),
                prop("bench.host", "127.0.0.1:5432"),
                prop("bench.user", "jiandang"),
                prop("bench.password", "jiandang"),
                Boolean.parseBoolean(prop("bench.failOnGoals", "false")),
                Boolean.parseBoolean(prop("bench.failOnPlans", "true")),
                Boolean.parseBoolean(prop("bench.regenerate", "false")),
                Double.parseDouble(prop("bench.tasksPerHousehold", "0.02")),
                Integer.parseInt(prop("bench.samples", "20")),
                Integer.parseInt(prop("bench.p1Cases", "30")),
                Long.parseLong(prop("bench.actionBudgetSeconds", "60")) * 1000,
                Long.parseLong(prop("bench.seed", "14")),
                prop("bench.actions", ".*"),
                Boolean.parseBoolean(prop("bench.p1", "true")),
                Integer.parseInt(prop("bench.importRows", "30000")),
                Double.parseDouble(prop("bench.openTasksPerHousehold", "1.0")));
    }

    /** Whether the user action of this name is measured ({@code bench.actions}, a regex; all by default). */
    public boolean measures(String action) {
        return action.matches(actions);
    }

    public String database(Size size) {
        return dbPrefix + "_" + size.label();
    }

    public String jdbcUrl(Size size) {
        return "jdbc:postgresql://" + host + "/" + database(size);
    }

    /** Open tasks in the projection at this size: the engine-started ones and copies of them in bulk (TaskVolume). */
    public long openTasksInAll(Size size) {
        return Math.round(size.households() * openTasksPerHousehold);
    }

    /** Open tasks the generator starts through the engine at this size. */
    public int openTasks(Size size) {
        return (int) Math.round(size.households() * tasksPerHousehold);
    }

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A province size in households: "10k", "100k", "1m". */
    public record Size(String label, int households) implements Comparable<Size> {

        public static Size parse(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            int n;
            if (t.endsWith("m")) {
                n = (int) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000_000);
            } else if (t.endsWith("k")) {
                n = (int) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000);
            } else {
                n = Integer.parseInt(t);
            }
            if (n < 1_000) {
                throw new IllegalArgumentException("bench.sizes: at least 1k households, not " + text);
            }
            return new Size(t, n);
        }

        @Override
        public int compareTo(Size o) {
            return Integer.compare(households, o.households);
        }
    }
}
