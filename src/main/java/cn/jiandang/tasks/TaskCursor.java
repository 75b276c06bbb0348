package cn.jiandang.tasks;

import java.time.Instant;

/**
 * Where a page of the task list in the default order ended: the last row's due date (or none), creation time and
 * task id. The next page is the tasks after it, read from the index onwards instead of skipping the pages before.
 */
public record TaskCursor(Instant due, Instant created, String taskId) {

    /** The cursor after the given row. */
    public static TaskCursor after(TaskRow row) {
        return new TaskCursor(row.due(), row.task().created(), row.task().id());
    }

    Instant sortDue() {
        return due == null ? OpenTask.NO_DUE : due;
    }
}
