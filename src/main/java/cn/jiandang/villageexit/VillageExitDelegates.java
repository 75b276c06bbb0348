package cn.jiandang.villageexit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static cn.jiandang.villageexit.VillageExitVariables.CASE_ID;
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

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CASE_ID)).longValue();
    }

    private static String actor(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }
}
