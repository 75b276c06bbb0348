package cn.jiandang.identification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.identification.IdentificationVariables.CASE_ID;

/** Thin delegates: map variables to a call of {@link IdentificationService}. */
@Configuration
class IdentificationDelegates {

    @Bean
    JavaDelegate registerIdentificationDelegate(IdentificationService service) {
        return execution -> service.register(caseId(execution), execution.getProcessInstanceId(), actor(execution));
    }

    @Bean
    JavaDelegate rejectIdentificationDelegate(IdentificationService service) {
        return execution -> service.reject(caseId(execution), actor(execution));
    }

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    private static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
