package cn.jiandang.functionopening;

import cn.jiandang.featureaccess.FeatureGrants;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates of the function-opening process. */
@Configuration
class FunctionOpeningDelegates {

    @Bean
    JavaDelegate openFunctionDelegate(FeatureGrants service) {
        return execution -> service.opened(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectFunctionDelegate(FeatureGrants service) {
        return execution -> service.rejected(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate closeFunctionDelegate(FeatureGrants service) {
        return execution -> service.closedEarly(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate expireFunctionDelegate(FeatureGrants service) {
        return execution -> service.expired(caseId(execution));
    }
}
