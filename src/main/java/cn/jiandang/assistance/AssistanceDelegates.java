package cn.jiandang.assistance;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates and the expression bean of the multi-instance: each maps to one call of {@link AssistanceCallbacks}. */
@Configuration
class AssistanceDelegates {

    @Bean
    JavaDelegate closeAssistanceDelegate(AssistanceCallbacks process) {
        return execution -> process.close(caseId(execution), actor(execution));
    }

    /** {@code ${assistanceMeasures.pending(caseId)}}: the measures still to record, one task each. */
    @Bean
    PendingMeasures assistanceMeasures(AssistanceCallbacks process) {
        return new PendingMeasures(process);
    }
}
