package cn.jiandang.riskelimination;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates: map variables to a call of {@link RiskEliminationCallbacks}. */
@Configuration
class RiskEliminationDelegates {

    @Bean
    JavaDelegate publishRiskNoticeDelegate(RiskEliminationCallbacks process) {
        return execution -> process.publishNotice(caseId(execution));
    }

    @Bean
    JavaDelegate markRiskEliminatedDelegate(RiskEliminationCallbacks process) {
        return execution -> process.markEliminated(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectRiskEliminationDelegate(RiskEliminationCallbacks process) {
        return execution -> process.reject(caseId(execution), actor(execution));
    }
}
