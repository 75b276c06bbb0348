package cn.jiandang.identification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.identification.IdentificationVariables.*;
import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates: map variables to a call of {@link IdentificationService} and back. */
@Configuration
class IdentificationDelegates {

    @Bean
    JavaDelegate publishNoticeDelegate(IdentificationService service) {
        return execution -> service.publishNotice(caseId(execution));
    }

    @Bean
    JavaDelegate checkMonitoringScaleDelegate(IdentificationService service) {
        return execution -> execution.setVariable(
                SCALE_STATUS, service.checkMonitoringScale(caseId(execution)).name());
    }

    @Bean
    JavaDelegate announceIdentificationDelegate(IdentificationService service) {
        return execution -> service.announce(caseId(execution));
    }

    @Bean
    JavaDelegate registerIdentificationDelegate(IdentificationService service) {
        return execution -> execution.setVariable(
                HOUSEHOLD_ID, service.register(caseId(execution), execution.getProcessInstanceId(), actor(execution)));
    }

    @Bean
    JavaDelegate rejectIdentificationDelegate(IdentificationService service) {
        return execution -> service.reject(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate escalateIdentificationDelegate(IdentificationService service) {
        return execution -> execution.setVariable(ESCALATION_GROUP, service.escalate(caseId(execution)));
    }
}
