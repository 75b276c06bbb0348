package cn.jiandang.villageexit;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;
import static cn.jiandang.villageexit.VillageExitVariables.NOTICE_DURATION;
import static cn.jiandang.villageexit.VillageExitVariables.QUALIFIES;

/** Thin delegates of the village-exit process. */
@Configuration
class VillageExitDelegates {

    @Bean
    JavaDelegate recordVillageAssessmentDelegate(VillageExitCallbacks process) {
        return execution -> process.assessed(caseId(execution), Boolean.TRUE.equals(execution.getVariable(QUALIFIES)));
    }

    @Bean
    JavaDelegate startVillageNoticeDelegate(VillageExitCallbacks process) {
        return execution -> process.noticeStarted(
                caseId(execution), Duration.parse(String.valueOf(execution.getVariable(NOTICE_DURATION))));
    }

    @Bean
    JavaDelegate endVillageNoticeDelegate(VillageExitCallbacks process) {
        return execution -> process.noticeEnded(caseId(execution));
    }

    @Bean
    JavaDelegate announceVillageExitDelegate(VillageExitCallbacks process) {
        return execution -> process.exited(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectVillageExitDelegate(VillageExitCallbacks process) {
        return execution -> process.rejected(caseId(execution), actor(execution));
    }
}
