package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;

/**
 * What the task list shows: whose tasks, of which procedure and step, of which village, overdue or not.
 * {@code village}: only cases about that village exactly (its households, or the village itself); a case of the
 * township or county above it is not "of the village". Null: every village.
 */
public record TaskFilter(Scope scope, String procedureKey, String stepName, boolean overdueOnly, RegionCode village) {

    public static final TaskFilter MINE = new TaskFilter(Scope.MINE, null, null, false, null);

    /**
     * Mine: assigned to me or offered to my groups. Region: the open tasks of my region's levels, mine and those I
     * watch below me ({@link RegionTab}).
     */
    public enum Scope {
        MINE,
        REGION
    }

    public TaskFilter(Scope scope, String procedureKey, String stepName, boolean overdueOnly) {
        this(scope, procedureKey, stepName, overdueOnly, null);
    }

    public static TaskFilter of(
            Scope scope, String procedureKey, String stepName, boolean overdueOnly, RegionCode village) {
        return new TaskFilter(scope, procedureKey, stepName, overdueOnly, village);
    }

    public TaskFilter withScope(Scope scope) {
        return new TaskFilter(scope, procedureKey, stepName, overdueOnly, village);
    }

    public TaskFilter withVillage(RegionCode village) {
        return new TaskFilter(scope, procedureKey, stepName, overdueOnly, village);
    }
}
