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
        try {
            Path dir = Files.createDirectories(Path.of("target", "benchmark", "sql"));
            Files.writeString(dir.resolve(name + ".txt"), head + body + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
