package cn.jiandang.rectification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.rectification.RectificationVariables.ESCALATION_GROUP;
import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;

/** Thin delegates of the rectification process. */
@Configuration
class RectificationDelegates {

    @Bean
    JavaDelegate closeRectificationDelegate(RectificationCallbacks process) {
        return execution -> process.closed(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate escalateRectificationDelegate(RectificationCallbacks process) {
        return execution -> execution.setVariable(ESCALATION_GROUP, process.escalate(caseId(execution)));
    }
}
