package cn.jiandang.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain sampling profiler of one thread ({@code -Dbench.p1Profile=true}): every millisecond it takes the thread's
 * stack and counts it, and on close writes the counts as collapsed stacks ({@code frame;frame;… count}, root first,
 * with line numbers), the input of flame-graph tools, to {@code target/benchmark/<name>.collapsed}. Here, JFR's
 * execution samples missed most of P1's time (deep Camunda stacks, time in socket calls); this one sees every state,
 * with the usual safepoint bias (time in native socket calls is counted in full, Java time somewhat under).
 */
final class StackSampler implements AutoCloseable {

    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> stacks = new HashMap<>();
    private final String name;
    private volatile boolean on = true;

    private StackSampler(Thread target, String name) {
        this.target = target;
        this.name = name;
        this.sampler = new Thread(this::run, "bench-stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** A sampler of the calling thread, or null (nothing sampled) when {@code bench.p1Profile} is not true. */
    static StackSampler ofCurrentThreadIfAsked(String name) {
        return Boolean.getBoolean("bench.p1Profile") ? new StackSampler(Thread.currentThread(), name) : null;
    }

    private void run() {
        while (on) {
            StackTraceElement[] stack = target.getStackTrace();
            if (stack.length > 0) {
                StringBuilder line = new StringBuilder();
                for (int i = stack.length - 1; i >= 0; i--) {
                    line.append(stack[i].getClassName())
                            .append('.')
                            .append(stack[i].getMethodName())
                            .append(':')
                            .append(stack[i].getLineNumber());
                    if (i > 0) {
                        line.append(';');
                    }
                }
                stacks.merge(line.toString(), 1, Integer::sum);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        on = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String body = stacks.entrySet().stream()
                .map(e -> e.getKey().replace(' ', '_') + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Path dir = Files.createDirectories(Path.of("target", "benchmark"));
            Files.writeString(dir.resolve(name + ".collapsed"), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(
                "[bench] %s: %d stack samples written to target/benchmark/%s.collapsed%n",
                name, stacks.values().stream().mapToInt(Integer::intValue).sum(), name);
    }
}
