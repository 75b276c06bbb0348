package cn.jiandang.tasks;

import java.time.Instant;
import java.util.List;

/** One step of a procedure on a household: who did it and when, with the comments written at it. */
public record TimelineEntry(String processInstanceId, String procedureName, String stepName, String actor,
                            Instant started, Instant ended, List<String> comments) {
}
