package cn.jiandang.tasks;

import java.util.List;

/** What a bulk completion did: how many tasks were completed, and each one that was not, with the reason. */
public record BulkResult(int completed, List<Failure> failures) {

    public BulkResult {
        failures = List.copyOf(failures);
    }

    /** A task left open (or completed by someone else meanwhile), with the message the officer would have seen. */
    public record Failure(String taskId, String reason) {}
}
