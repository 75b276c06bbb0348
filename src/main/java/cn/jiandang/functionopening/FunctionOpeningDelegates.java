package cn.jiandang.functionopening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiandang.featureaccess.FeatureGrants;

import static cn.jiandang.functionopening.FunctionOpeningVariables.CASE_ID;

/** Thin delegates of the function-opening process. */
@Configuration
class FunctionOpeningDelegates {

    @Bean
    JavaDelegate openFunctionDelegate(FeatureGrants service) {
        return execution -> service.opened(grantId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectFunctionDelegate(FeatureGrants service) {
        return execution -> service.rejected(grantId(execution), actor(execution));
    }

    @Bean
    JavaDelegate closeFunctionDelegate(FeatureGrants service) {
        return execution -> service.closedEarly(grantId(execution), actor(execution));
    }

    @Bean
    JavaDelegate expireFunctionDelegate(FeatureGrants service) {
        return execution -> service.expired(grantId(execution));
    }

    private static long grantId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
