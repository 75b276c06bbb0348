package cn.jiandang.warning;

import cn.jiandang.household.Category;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates: map variables to a call of {@link WarningCallbacks}. */
@Configuration
class WarningDelegates {

    @Bean
    JavaDelegate recordNoRiskDelegate(WarningCallbacks warning) {
        return execution -> warning.noRisk(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate startWarningIdentificationDelegate(WarningCallbacks warning) {
        return execution -> warning.identify(
                caseId(execution),
                Category.valueOf((String) execution.getVariable(WarningVariables.IDENTIFICATION_KIND)),
                actor(execution));
    }
}
