package cn.jiandang.tasks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * One open user task as the task list needs it, kept in {@code open_task} ({@link OpenTaskStore}): what the engine
 * knows of the task plus the case's region and household from its process variables, and the candidate groups.
 */
record OpenTask(
        String taskId,
        String processInstanceId,
        String processDefinitionId,
        String stepKey,
        String name,
        Long caseId,
        Long householdId,
        String regionCode,
        List<String> candidateGroups,
        String assignee,
        Instant created,
        Instant due) {

    /** The sort key of a task without a due date: after every dated one. */
    static final Instant NO_DUE = LocalDateTime.of(9999, 12, 31, 0, 0).toInstant(ZoneOffset.UTC);

    OpenTask {
        candidateGroups = List.copyOf(candidateGroups);
    }

    String processKey() {
        return processDefinitionId.split(":")[0];
    }

    /** The task as a form needs it. */
    TaskRef ref() {
        return new TaskRef(
                taskId, name, processKey(), stepKey, processInstanceId, householdId, caseId, created, assignee);
    }

    Instant sortDue() {
        return due == null ? NO_DUE : due;
    }

    /**
     * The region tab's key: the deepest region among the candidate groups ({@code ROLE:prefix}, the prefix padded with
     * zeros to 12 digits), so that "offered to a group of my region or below" is one range. Null without such a group.
     */
    String groupRegion() {
        return groupRegion(candidateGroups);
    }

    static String groupRegion(Collection<String> groups) {
        String deepest = null;
        for (String group : groups) {
            int colon = group.indexOf(':');
            String prefix = colon < 0 ? null : group.substring(colon + 1);
            if (prefix == null || prefix.length() > 12 || !prefix.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (deepest == null || prefix.length() > deepest.length()) {
                deepest = prefix;
            }
        }
        return deepest == null ? null : deepest + "0".repeat(12 - deepest.length());
    }

    static String regionOf(Object value) {
        return value instanceof String code
                        && code.length() == 12
                        && code.chars().allMatch(Character::isDigit)
                ? code
                : null;
    }
}
