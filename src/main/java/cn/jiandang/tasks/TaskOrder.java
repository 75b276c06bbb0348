package cn.jiandang.tasks;

import java.util.List;

/** One sort key of the task list and its direction. */
public record TaskOrder(TaskSort by, boolean ascending) {

    /**
     * The order when the official chose none, and the tie-breakers after the one he chose: the most urgent first.
     * Due soonest first (so overdue tasks, whose due date has passed, come before everything else), then the
     * longest waiting first.
     */
    public static final List<TaskOrder> DEFAULT = List.of(asc(TaskSort.DUE), asc(TaskSort.CREATED));

    public static TaskOrder asc(TaskSort by) {
        return new TaskOrder(by, true);
    }

    public static TaskOrder desc(TaskSort by) {
        return new TaskOrder(by, false);
    }
}
