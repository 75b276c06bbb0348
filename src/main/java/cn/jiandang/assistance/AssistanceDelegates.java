package cn.jiandang.assistance;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates and the expression bean of the multi-instance: each maps to one call of {@link AssistanceService}. */
@Configuration
class AssistanceDelegates {

    @Bean
    JavaDelegate closeAssistanceDelegate(AssistanceService service) {
        return execution -> service.close(caseId(execution), actor(execution));
    }

    /** {@code ${assistanceMeasures.pending(caseId)}}: the measures still to record, one task each. */
    @Bean
    PendingMeasures assistanceMeasures(AssistanceService service) {
        return new PendingMeasures(service);
    }
}
