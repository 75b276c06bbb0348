package cn.jiandang.tasks;

import java.time.Instant;

/** A user task as a form needs it: ids and keys, no business data. */
public record TaskRef(
        String id,
        String name,
        String processDefinitionKey,
        String taskDefinitionKey,
        String processInstanceId,
        Long householdId,
        Long caseId,
        Instant created,
        String assignee) {}
