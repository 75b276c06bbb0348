package cn.jiandang.featureaccess;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.featureaccess.FunctionOpeningVariables.CASE_ID;

/** Thin delegates of the function-opening process. */
@Configuration
class FunctionOpeningDelegates {

    @Bean
    JavaDelegate openFunctionDelegate(FunctionOpeningService service) {
        return execution -> service.opened(grantId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectFunctionDelegate(FunctionOpeningService service) {
        return execution -> service.rejected(grantId(execution), actor(execution));
    }

    @Bean
    JavaDelegate closeFunctionDelegate(FunctionOpeningService service) {
        return execution -> service.closedEarly(grantId(execution), actor(execution));
    }

    @Bean
    JavaDelegate expireFunctionDelegate(FunctionOpeningService service) {
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
