package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My region's open tasks" lists the tasks of every procedure that the officer may act on (its own groups) or watches
 * (the levels below it in its region), and no task of a level above it: a village never sees the county's step of a
 * case about the village, which it could neither claim nor open. Every row says whether the officer may act on it.
 */
@JiandangSpringTest
class RegionTabTest {

    static final TaskFilter REGION = TaskFilter.MINE.withScope(TaskFilter.Scope.REGION);

    @Autowired
    TaskListService taskList;

    @Autowired
    WorkTasks work;

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    RectificationSteps rectificationSteps;

    @Autowired
    RegionService regions;

    @Autowired
    HouseholdService households;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aVillageExitAwaitingTheCountyIsTheCountysToActOnAndNotInTheTownshipsTab() {
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

        // the county reviews it: neither township1's to act on nor a level below it
        assertThat(taskList.page(TaskFilter.MINE, 0, 500)).noneMatch(ofTheCase);
        assertThat(taskList.page(REGION, 0, 500)).noneMatch(ofTheCase);
        TestLogins.login("county1");
        assertThat(taskList.page(REGION, 0, 500))
                .filteredOn(ofTheCase)
                .singleElement()
                .satisfies(r -> assertThat(r.mayAct()).isTrue());
        TestLogins.login("county2");
        assertThat(taskList.page(REGION, 0, 500)).noneMatch(ofTheCase);
    }

    @Test
    void theCountysStepOfACaseAboutAVillageIsNotInTheVillagesTabAndTheVillagesStepIsWatchedAbove() {
        long caseId = TaskListFixtures.problem(rectificationIntake, RegionCode.of("130125100201"), 30);
        Predicate<TaskRow> ofTheCase =
                r -> RectificationVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && Long.valueOf(caseId).equals(r.task().caseId());

        TestLogins.login("village1");
        assertThat(taskList.page(REGION, 0, 1000)).noneMatch(ofTheCase);
        TestLogins.login("township1");
        assertThat(taskList.page(REGION, 0, 1000)).noneMatch(ofTheCase);
        TestLogins.login("county1");
        TaskRow atCounty = taskList.page(REGION, 0, 1000).stream()
                .filter(ofTheCase)
                .findFirst()
                .orElseThrow();
        assertThat(atCounty.mayAct()).isTrue();

        // passed down to the village: the village acts, the township and the county above it watch
        rectificationSteps.handle(atCounty.task().id(), caseId, true, null, null);
        TestLogins.login("township1");
        String townshipTask = taskList.page(TaskFilter.MINE, 0, 1000).stream()
                .filter(ofTheCase)
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        rectificationSteps.handle(townshipTask, caseId, true, null, null);
        for (String above : List.of("township1", "county1", "supervisor")) {
            TestLogins.login(above);
            assertThat(taskList.page(REGION, 0, 1000))
                    .as(above)
                    .filteredOn(ofTheCase)
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.task().taskDefinitionKey())
                                .isEqualTo(RectificationVariables.TASK_VILLAGE_RECTIFICATION);
                        assertThat(r.mayAct()).as("watched, not acted on").isFalse();
                    });
        }
        TestLogins.login("village1");
        assertThat(taskList.page(REGION, 0, 1000))
                .filteredOn(ofTheCase)
                .singleElement()
                .satisfies(r -> assertThat(r.mayAct()).isTrue());
        TestLogins.login("village2");
        assertThat(taskList.page(REGION, 0, 1000)).noneMatch(ofTheCase);
    }

    @Test
    void aTaskClaimedByAColleagueStaysInTheTabWithoutActions() {
        long caseId = TaskListFixtures.problem(rectificationIntake, RegionCode.of("130125100000"), 30);
        Predicate<TaskRow> ofTheCase =
                r -> RectificationVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && Long.valueOf(caseId).equals(r.task().caseId());
        TestLogins.login("county1");
        String countyTask = taskList.page(TaskFilter.MINE, 0, 1000).stream()
                .filter(ofTheCase)
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        rectificationSteps.handle(countyTask, caseId, true, null, null);
        TestLogins.login("township1b");
        String townshipTask = taskList.page(TaskFilter.MINE, 0, 1000).stream()
                .filter(ofTheCase)
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        work.claim(townshipTask);

        TestLogins.login("township1");
        assertThat(taskList.page(TaskFilter.MINE, 0, 1000)).noneMatch(ofTheCase);
        assertThat(taskList.page(REGION, 0, 1000))
                .filteredOn(ofTheCase)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.task().assignee()).isEqualTo("township1b");
                    assertThat(r.mayAct()).isFalse();
                });
    }
}
