package cn.jiandang.tasks;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a procedure's thin delegates read from the execution: the id of its case (every procedure stores it as
 * {@value Procedures#CASE_ID}) and who acts — the officer completing the task that led here, or {@code system} for a timer.
 */
public final class CaseExecution {

    private CaseExecution() {}

    public static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Procedures.CASE_ID)).longValue();
    }

    public static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
