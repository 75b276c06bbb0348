package cn.jiandang.tasks;

import org.camunda.bpm.engine.task.Task;

import java.util.Map;

final class TaskQueries {

    static final String HOUSEHOLD_ID = Procedures.HOUSEHOLD_ID;
    static final String CASE_ID = Procedures.CASE_ID;
    /** Every procedure stores the 12-digit region code of its case under this name (the region tab reads it). */
    static final String REGION_CODE = Procedures.REGION_CODE;

    private TaskQueries() {}

    static TaskRef ref(Task task, Map<String, Object> variables) {
        String processKey = task.getProcessDefinitionId() == null
                ? null
                : task.getProcessDefinitionId().split(":")[0];
        return new TaskRef(
                task.getId(),
                task.getName(),
                processKey,
                task.getTaskDefinitionKey(),
                task.getProcessInstanceId(),
                asLong(variables.get(HOUSEHOLD_ID)),
                asLong(variables.get(CASE_ID)),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getAssignee());
    }

    /** The region a case is about (its {@value #REGION_CODE}), or null when the procedure names none. */
    static String regionOf(Map<String, Object> variables) {
        return variables.get(REGION_CODE) instanceof String code
                        && code.length() == 12
                        && code.chars().allMatch(Character::isDigit)
                ? code
                : null;
    }

    static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
