package cn.jiandang.yearend;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;
import static cn.jiandang.yearend.YearEndVariables.EXITED_COUNT;

/** Thin delegates of the year-end exit process: each maps to one call of {@link YearEndCallbacks}. */
@Configuration
class YearEndDelegates {

    @Bean
    JavaDelegate endYearEndNoticeDelegate(YearEndCallbacks process) {
        return execution -> process.noticeEnded(caseId(execution));
    }

    @Bean
    JavaDelegate exitHouseholdsDelegate(YearEndCallbacks process) {
        return execution -> execution.setVariable(
                EXITED_COUNT,
                process.exitHouseholds(caseId(execution), execution.getProcessInstanceId(), actor(execution)));
    }
}
