package cn.jiandang.tasks;

/**
 * What the task list can be sorted by: only what the engine sorts in its task query (the database), so that a
 * page is always the right slice. The household head, village and category live outside the engine and are not
 * sortable.
 */
public enum TaskSort {
    /** The task's due date (every task gets one when it is created, see TaskTimeLimits). */
    DUE,
    /** When the task was created: ascending = the longest waiting (most days in the step) first. */
    CREATED,
    /** The step's name. */
    STEP
}
