package cn.jiandang.riskelimination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.riskelimination.RiskEliminationVariables.CASE_ID;

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

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    private static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
