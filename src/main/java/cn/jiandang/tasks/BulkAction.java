package cn.jiandang.tasks;

import java.util.function.BiConsumer;

/**
 * A step's default decision, taken for many tasks at once from the task list (e.g. a township verifying each
 * village's year-end list as the village decided it).
 *
 * @param labelKey   message key of what the decision does, shown on the confirmation
 * @param completion completes one task with the default decision and the comment, through the procedure's own
 *                   service (so with the same checks as the form) and in a transaction of its own
 */
public record BulkAction(String labelKey, BiConsumer<TaskRef, String> completion) {

    public void complete(TaskRef task, String comment) {
        completion.accept(task, comment);
    }
}
