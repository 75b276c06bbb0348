package cn.jiandang.functionopening;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.SystemActor;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Opens every function for the demo province on first start, through the real process (asked and approved
 * by the {@link SystemActor}), so the demo can use every procedure and still show an early close or an expiry. Runs before
 * {@code demo.DemoDataSeeder} ({@code @Order(2)}): its natural changes, incomes and relocations pass the same R12 gate
 * as an officer's, so the functions must be open first. The grants need no region rows.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "jiandang.demo.enabled", havingValue = "true")
class FunctionOpeningDemoSeeder implements ApplicationRunner {

    static final RegionCode DEMO_PROVINCE = RegionCode.of("130000000000");
    private static final Logger log = LoggerFactory.getLogger(FunctionOpeningDemoSeeder.class);

    private final FeatureGrants grants;
    private final FunctionOpeningIntake intake;
    private final TaskService taskService;
    private final TransactionTemplate tx;
    private final Clock clock;

    FunctionOpeningDemoSeeder(
            FeatureGrants grants,
            FunctionOpeningIntake intake,
            TaskService taskService,
            TransactionTemplate tx,
            Clock clock) {
        this.grants = grants;
        this.intake = intake;
        this.taskService = taskService;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (grants.anyFor(DEMO_PROVINCE)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.withDayOfYear(1).plusYears(2).minusDays(1);
        SystemActor.run(() -> tx.executeWithoutResult(status -> {
            for (Feature feature : Feature.values()) {
                if (feature.alwaysOpen()) {
                    continue;
                }
                long id = intake.seedApproved(DEMO_PROVINCE, feature, "演示省份：开放全部功能", today, until);
                String taskId = taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(String.valueOf(id))
                        .processDefinitionKey(FunctionOpeningVariables.PROCESS_KEY)
                        .singleResult()
                        .getId();
                taskService.complete(taskId, Map.of(FunctionOpeningVariables.APPROVED, true));
            }
        }));
        log.info("Demo province: every function opened until {}", until);
    }
}
