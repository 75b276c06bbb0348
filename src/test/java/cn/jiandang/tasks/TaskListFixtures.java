package cn.jiandang.tasks;

import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Cases for task-list tests, made through the real services in a fresh village of 龙州镇 (130125100), so that a
 * village filter on it lists exactly the test's own tasks however many other tests left tasks behind.
 */
public final class TaskListFixtures {

    private TaskListFixtures() {}

    /** A new village of 龙州镇 with a code no other village has; named "任务测试<last three digits>村". */
    public static RegionCode freshVillage(RegionService regions) {
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (800 + ThreadLocalRandom.current().nextInt(99)));
        } while (regions.find(village).isPresent());
        regions.create(village, nameOf(village), false);
        return village;
    }

    public static String nameOf(RegionCode village) {
        return "任务测试" + village.value().substring(9) + "村";
    }

    /** An identification of a fresh household, started by the village's officer: home verification, due in 7 days. */
    public static long identification(
            HouseholdService households, IdentificationIntake identification, RegionCode village) {
        TestLogins.login("centre");
        long householdId = TestHouseholds.register(households, village.value(), null);
        TestLogins.login(TestLogins.officer("村官" + village.value(), Role.VILLAGE_OFFICER, village.value()));
        return identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
    }

    /** A rectification problem of the village (no household): the county's task, due the day after the deadline. */
    public static long problem(RectificationIntake rectification, RegionCode region, int deadlineInDays) {
        TestLogins.login("supervisor");
        return rectification.create(new NewProblem(
                null,
                region.value(),
                ProblemType.OTHER,
                "任务列表测试：" + deadlineInDays + " 天内整改",
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(deadlineInDays)));
    }

    /** "identification:12": which procedure's case a row is about (case ids of different procedures collide). */
    public static String caseOf(TaskRow row) {
        return row.task().processDefinitionKey() + ":" + row.task().caseId();
    }
}
