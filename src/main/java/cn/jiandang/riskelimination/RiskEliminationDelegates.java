package cn.jiandang.riskelimination;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates: map variables to a call of {@link RiskEliminationService}. */
@Configuration
class RiskEliminationDelegates {

    @Bean
    JavaDelegate publishRiskNoticeDelegate(RiskEliminationService service) {
        return execution -> service.publishNotice(caseId(execution));
    }

    @Bean
    JavaDelegate markRiskEliminatedDelegate(RiskEliminationService service) {
        return execution -> service.markEliminated(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectRiskEliminationDelegate(RiskEliminationService service) {
        return execution -> service.reject(caseId(execution), actor(execution));
    }
}
