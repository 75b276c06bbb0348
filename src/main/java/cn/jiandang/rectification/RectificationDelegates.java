package cn.jiandang.rectification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.rectification.RectificationVariables.CASE_ID;
import static cn.jiandang.rectification.RectificationVariables.ESCALATION_GROUP;

/** Thin delegates of the rectification process. */
@Configuration
class RectificationDelegates {

    @Bean
    JavaDelegate closeRectificationDelegate(RectificationService service) {
        return execution -> service.closed(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate escalateRectificationDelegate(RectificationService service) {
        return execution -> execution.setVariable(ESCALATION_GROUP, service.escalate(caseId(execution)));
    }

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    private static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
