package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My region's open tasks" lists the tasks of every procedure whose case lies in the officer's region, not only
 * identifications: every procedure names its case's region in the same process variable.
 */
@JiandangSpringTest
class RegionTabTest {

    static final TaskFilter REGION = TaskFilter.MINE.withScope(TaskFilter.Scope.REGION);

    @Autowired
    TaskListService taskList;

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    RegionService regions;

    @Autowired
    HouseholdService households;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aVillageExitAwaitingTheCountyShowsInTheTownshipsRegionTabAndNotInAnotherTownships() {
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (900 + ThreadLocalRandom.current().nextInt(99)));
        } while (regions.find(village).isPresent());
        regions.create(village, "辖区待办测试村", false);
        TestLogins.login("centre");
        TestHouseholds.register(households, village.value(), Category.POOR);
        TestLogins.login("county1");
        poorVillages.markPoorVillage(village, true);
        TestLogins.login("township1");
        long caseId = villageExitIntake.propose(village, 1000, "达标");
        Predicate<TaskRow> ofTheCase = r -> "villageExit".equals(r.task().processDefinitionKey())
                && Long.valueOf(caseId).equals(r.task().caseId());

        // the county reviews it: not township1's own task, but in his region
        assertThat(taskList.page(TaskFilter.MINE, 0, 500)).noneMatch(ofTheCase);
        assertThat(taskList.page(REGION, 0, 500)).anyMatch(ofTheCase);
        TestLogins.login("township2");
        assertThat(taskList.page(REGION, 0, 500)).noneMatch(ofTheCase);
    }
}
