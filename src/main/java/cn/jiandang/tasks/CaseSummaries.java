package cn.jiandang.tasks;

import java.util.Collection;
import java.util.Map;

/**
 * The extension point by which a procedure names what its cases are about for the task list, so that the task
 * list needs no knowledge of the registry: each procedure module whose cases concern a household implements it.
 * The task list calls {@link #subjects} once per page and procedure, with all that page's tasks of the procedure, so
 * an implementation answers with one query, never one per task. A procedure without an implementation (or a task
 * left out of the answer) shows the region of its case instead.
 */
public interface CaseSummaries {

    /** The process definition key of the procedure whose cases this names. */
    String processKey();

    /**
     * The subjects of the given tasks of the procedure, by task id. Tasks whose household the caller may not read are
     * left out rather than refused: the list stays usable and nothing leaks.
     */
    Map<String, CaseSubject> subjects(Collection<TaskRef> tasks);
}
