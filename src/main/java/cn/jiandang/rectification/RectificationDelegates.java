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
    JavaDelegate closeRectificationDelegate(RectificationService service) {
        return execution -> service.closed(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate escalateRectificationDelegate(RectificationService service) {
        return execution -> execution.setVariable(ESCALATION_GROUP, service.escalate(caseId(execution)));
    }
}
