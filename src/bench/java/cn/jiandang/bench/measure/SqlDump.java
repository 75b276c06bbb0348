package cn.jiandang.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes what one measured unit of work sent to the database, most frequent statement first, to
 * {@code target/benchmark/sql/<name>.txt}: where "statements per action" or "per completion" comes from, so that
 * cutting them starts from the list instead of a guess.
 */
final class SqlDump {

    private SqlDump() {}

    /** The histogram divided by {@code per} (e.g. completions), as "count  sql" lines. */
    static void write(String name, Map<String, Integer> histogram, int per) {
        int total = histogram.values().stream().mapToInt(Integer::intValue).sum();
        String body = histogram.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format("%8.2f  %s", e.getValue() / (double) per, e.getKey()))
                .collect(Collectors.joining("\n"));
        String head = String.format("%s: %d statements over %d (%.1f each)%n", name, total, per, total / (double) per);
        save(name, head + body + "\n");
    }

    /**
     * As {@link #write(String, Map, int)}, and beside it {@code <name>-time.txt}: one line per statement, slowest in
     * total first, "count  ms  sql" per unit (the driver's wait, round trip included), the SQL on one line.
     */
    static void write(String name, Map<String, Integer> histogram, Map<String, Double> millis, int per) {
        write(name, histogram, per);
        double total = millis.values().stream().mapToDouble(Double::doubleValue).sum();
        String body = millis.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(
                        "%8.2f %8.3f  %s",
                        histogram.getOrDefault(e.getKey(), 0) / (double) per,
                        e.getValue() / per,
                        e.getKey().replaceAll("\\s+", " ")))
                .collect(Collectors.joining("\n"));
        save(
                name + "-time",
                String.format("%s: %.1f ms in the driver per unit over %d (count, ms, sql)%n", name, total / per, per)
                        + body
                        + "\n");
    }

    private static void save(String name, String text) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "benchmark", "sql"));
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
