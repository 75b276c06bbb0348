package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step gets its due date when its task is created: its own time limit, else the default. */
@JiandangSpringTest
class TaskTimeLimitsTest {

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aHomeVerificationIsDueSevenDaysAfterItsTaskWasCreatedAndIsNotYetOverdue() {
        TestLogins.login("village1");
        long household = TestHouseholds.register(households, "130125100201", null);
        long caseId = identificationIntake.start(
                household, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);

        TaskRow row = taskList.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && Long.valueOf(caseId).equals(r.task().caseId()))
                .findFirst()
                .orElseThrow();
        assertThat(row.task().taskDefinitionKey()).isEqualTo("homeVerification");
        assertThat(row.due()).isEqualTo(row.task().created().plus(Duration.ofDays(7)));
        assertThat(row.overdue()).isFalse();
    }

    @Test
    void aStepWithoutItsOwnLimitGetsTheDefault() {
        var settings = new TaskTimeLimits.Settings(
                Duration.ofDays(10), Map.of("identification", Map.of("townshipReview", Duration.ofDays(5))));
        assertThat(settings.limit("identification", "townshipReview")).isEqualTo(Duration.ofDays(5));
        assertThat(settings.limit("identification", "countyApproval")).isEqualTo(Duration.ofDays(10));
        assertThat(settings.limit("assistance", "recordMeasures")).isEqualTo(Duration.ofDays(10));
        assertThat(new TaskTimeLimits.Settings(null, null).limit("x", "y")).isEqualTo(Duration.ofDays(10));
    }
}
