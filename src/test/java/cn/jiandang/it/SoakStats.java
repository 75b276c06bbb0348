package cn.jiandang.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** The times and failures of S7's actions, from every simulated user's thread; p95 per action. */
final class SoakStats {

    private final Map<String, ConcurrentLinkedQueue<Long>> millis = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong errors = new AtomicLong();

    /** Records one answered (or unanswered) action; anything but 2xx is an error. */
    OfficerClient.Answer call(String action, OfficerClient.Answer a) {
        millis.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add(a.millis());
        if (!a.ok()) {
            failure(action, a.status(), a.body());
        }
        return a;
    }

    void failure(String action, int status, String detail) {
        errors.incrementAndGet();
        if (failures.size() < 20) {
            String d = detail == null ? "" : detail.replaceAll("\\s+", " ");
            failures.add(action + " " + status + " " + d.substring(0, Math.min(200, d.length())));
        }
    }

    long actions() {
        return millis.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    long errors() {
        return errors.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Action → its 95th percentile in ms (nearest rank), in the order the summary prints them. */
    Map<String, Long> p95() {
        Map<String, Long> out = new TreeMap<>();
        millis.forEach((action, times) -> {
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(null);
            out.put(action, sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1)));
        });
        return out;
    }

    Map<String, Integer> counts() {
        Map<String, Integer> out = new TreeMap<>();
        millis.forEach((action, times) -> out.put(action, times.size()));
        return out;
    }
}
