package cn.jiandang.assistance;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.assistance.AssistanceVariables.CASE_ID;

/** Thin delegates and the expression bean of the multi-instance: each maps to one call of {@link AssistanceService}. */
@Configuration
class AssistanceDelegates {

    @Bean
    JavaDelegate closeAssistanceDelegate(AssistanceService service) {
        return execution -> {
            var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            service.close(((Number) execution.getVariable(CASE_ID)).longValue(),
                    auth == null ? "system" : auth.getUserId());
        };
    }

    /** {@code ${assistanceMeasures.pending(caseId)}}: the measures still to record, one task each. */
    @Bean
    PendingMeasures assistanceMeasures(AssistanceService service) {
        return new PendingMeasures(service);
    }
}
