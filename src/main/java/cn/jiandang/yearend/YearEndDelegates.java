package cn.jiandang.yearend;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates of the year-end exit process. */
@Configuration
class YearEndDelegates {

    @Bean
    JavaDelegate endYearEndNoticeDelegate(YearEndService service) {
        return execution -> service.noticeEnded(caseId(execution));
    }

    @Bean
    JavaDelegate exitHouseholdsDelegate(YearEndService service) {
        return execution -> execution.setVariable(
                "exitedCount",
                service.exitHouseholds(caseId(execution), execution.getProcessInstanceId(), actor(execution)));
    }
}
