package cn.jiandang.identification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Objects;

import static cn.jiandang.identification.IdentificationVariables.*;
import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;
import static cn.jiandang.tasks.Procedures.HOUSEHOLD_ID;

/** Thin delegates: map variables to a call of {@link IdentificationCallbacks} and back. */
@Configuration
class IdentificationDelegates {

    @Bean
    JavaDelegate publishNoticeDelegate(IdentificationCallbacks process) {
        return execution -> process.publishNotice(caseId(execution));
    }

    @Bean
    JavaDelegate checkMonitoringScaleDelegate(IdentificationCallbacks process) {
        return execution -> execution.setVariable(
                SCALE_STATUS, process.checkMonitoringScale(caseId(execution)).name());
    }

    @Bean
    JavaDelegate announceIdentificationDelegate(IdentificationCallbacks process) {
        return execution -> process.announce(caseId(execution));
    }

    @Bean
    JavaDelegate registerIdentificationDelegate(IdentificationCallbacks process) {
        return execution -> {
            Long household = process.register(caseId(execution), execution.getProcessInstanceId(), actor(execution));
            // a new household's id; an existing one's is set already (an unchanged write is still an update, P1)
            if (!Objects.equals(execution.getVariable(HOUSEHOLD_ID), household)) {
                execution.setVariable(HOUSEHOLD_ID, household);
            }
        };
    }

    @Bean
    JavaDelegate rejectIdentificationDelegate(IdentificationCallbacks process) {
        return execution -> process.reject(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate escalateIdentificationDelegate(IdentificationCallbacks process) {
        return execution -> execution.setVariable(ESCALATION_GROUP, process.escalate(caseId(execution)));
    }
}
