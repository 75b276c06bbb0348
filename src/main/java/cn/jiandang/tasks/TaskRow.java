package cn.jiandang.tasks;

import java.time.Instant;

/** One line of the task list, with the business data an official looks for. */
public record TaskRow(TaskRef task, String procedureName, String headName, String headIdMasked, String villageName,
                      String categoryLabel, long daysInStep, Instant due, boolean overdue) {
}
