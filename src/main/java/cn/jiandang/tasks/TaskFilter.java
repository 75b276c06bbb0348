package cn.jiandang.tasks;

/** What the task list shows: whose tasks, of which procedure and step, overdue or not. */
public record TaskFilter(Scope scope, String procedureKey, String stepName, boolean overdueOnly) {

    public static final TaskFilter MINE = new TaskFilter(Scope.MINE, null, null, false);

    /** Mine: assigned to me or offered to my groups. Region: every open task of a case in my region. */
    public enum Scope { MINE, REGION }

    public TaskFilter withScope(Scope scope) {
        return new TaskFilter(scope, procedureKey, stepName, overdueOnly);
    }
}
