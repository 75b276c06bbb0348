package cn.jiandang.yearend;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.yearend.YearEndVariables.CASE_ID;

/** Thin delegates of the year-end exit process. */
@Configuration
class YearEndDelegates {

    @Bean
    JavaDelegate endYearEndNoticeDelegate(YearEndService service) {
        return execution -> service.noticeEnded(caseId(execution));
    }

    @Bean
    JavaDelegate exitHouseholdsDelegate(YearEndService service) {
        return execution -> execution.setVariable("exitedCount",
                service.exitHouseholds(caseId(execution), execution.getProcessInstanceId(), actor(execution)));
    }

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    private static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
