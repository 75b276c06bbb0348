package cn.jiandang.tasks;

import org.camunda.bpm.engine.task.Task;

import java.util.Map;

final class TaskQueries {

    static final String HOUSEHOLD_ID = "householdId";
    static final String CASE_ID = CaseExecution.CASE_ID;
    /** Every procedure stores the 12-digit region code of its case under this name (the region tab reads it). */
    static final String REGION_CODE = "regionCode";
    /** Procedures about a village or a province (year-end, village exit, function opening) name it so. */
    static final String VILLAGE_CODE = "villageCode";
    static final String PROVINCE_CODE = "provinceCode";

    private TaskQueries() {
    }

    static TaskRef ref(Task task, Map<String, Object> variables) {
        String processKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
        return new TaskRef(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), asLong(variables.get(HOUSEHOLD_ID)), asLong(variables.get(CASE_ID)),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(), task.getAssignee());
    }

    /** The region a case is about, from the first of regionCode, villageCode, provinceCode it has; else null. */
    static String regionOf(Map<String, Object> variables) {
        for (String name : new String[] {REGION_CODE, VILLAGE_CODE, PROVINCE_CODE}) {
            if (variables.get(name) instanceof String code && code.length() == 12 && code.chars().allMatch(Character::isDigit)) {
                return code;
            }
        }
        return null;
    }

    static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
