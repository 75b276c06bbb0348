package cn.jiandang.villageexit;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.tasks.CaseExecution.actor;
import static cn.jiandang.tasks.CaseExecution.caseId;
import static cn.jiandang.villageexit.VillageExitVariables.QUALIFIES;

/** Thin delegates of the village-exit process. */
@Configuration
class VillageExitDelegates {

    @Bean
    JavaDelegate recordVillageAssessmentDelegate(VillageExitService service) {
        return execution -> service.assessed(caseId(execution), Boolean.TRUE.equals(execution.getVariable(QUALIFIES)));
    }

    @Bean
    JavaDelegate startVillageNoticeDelegate(VillageExitService service) {
        return execution -> service.noticeStarted(caseId(execution));
    }

    @Bean
    JavaDelegate endVillageNoticeDelegate(VillageExitService service) {
        return execution -> service.noticeEnded(caseId(execution));
    }

    @Bean
    JavaDelegate announceVillageExitDelegate(VillageExitService service) {
        return execution -> service.exited(caseId(execution), actor(execution));
    }

    @Bean
    JavaDelegate rejectVillageExitDelegate(VillageExitService service) {
        return execution -> service.rejected(caseId(execution), actor(execution));
    }
}
