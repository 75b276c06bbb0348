package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import static cn.jiandang.tasks.TaskListFixtures.caseOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The village filter and the sort of the task list, both done by the engine's task query: a village's tasks
 * only (not another village's, not the township's own cases), counts equal to what the pages list, and the
 * order by due date, creation or step in both directions, the most urgent first by default.
 */
@JiandangSpringTest
class TaskListVillageAndSortTest {

    static final TaskFilter REGION = TaskFilter.MINE.withScope(TaskFilter.Scope.REGION);

    @Autowired
    TaskListService taskList;

    @Autowired
    RegionService regions;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    RectificationIntake rectificationIntake;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theVillageFilterListsOnlyThatVillagesTasksAndTheCountsAgreeWithThePages() {
        RegionCode a = TaskListFixtures.freshVillage(regions);
        RegionCode b = TaskListFixtures.freshVillage(regions);
        long ofA = TaskListFixtures.identification(households, identificationIntake, a);
        long ofB = TaskListFixtures.identification(households, identificationIntake, b);
        long problemOfA = TaskListFixtures.problem(rectificationIntake, a, 20);
        // a case of the township itself lies in the region but in no village
        long problemOfTownship = TaskListFixtures.problem(rectificationIntake, RegionCode.of("130125100000"), 20);

        // the county: it acts on the problems and watches the villages' identifications
        TestLogins.login("county1");
        TaskFilter villageA = REGION.withVillage(a);
        assertThat(taskList.page(villageA, 0, 100))
                .extracting(TaskListFixtures::caseOf)
                .containsExactlyInAnyOrder("identification:" + ofA, "rectification:" + problemOfA);
        assertThat(taskList.count(villageA)).isEqualTo(2);
        assertThat(taskList.page(REGION.withVillage(b), 0, 100))
                .extracting(TaskListFixtures::caseOf)
                .containsExactly("identification:" + ofB);
        assertThat(taskList.count(REGION.withVillage(b))).isEqualTo(1);
        assertThat(taskList.page(villageA.withScope(TaskFilter.Scope.MINE), 0, 100))
                .extracting(TaskListFixtures::caseOf)
                .as("the county's own tasks of village A: the problem; home verification is the village's")
                .containsExactly("rectification:" + problemOfA);
        assertThat(taskList.count(new TaskFilter(TaskFilter.Scope.REGION, "identification", null, false, a)))
                .isEqualTo(1);
        List<String> wholeRegion = new ArrayList<>();
        taskList.page(REGION, 0, 10_000).forEach(r -> wholeRegion.add(caseOf(r)));
        assertThat(wholeRegion)
                .contains("identification:" + ofA, "identification:" + ofB, "rectification:" + problemOfTownship);
        assertThat(taskList.count(REGION)).isEqualTo(wholeRegion.size()).isGreaterThan(3);

        // the village's officer: his own tasks, and nothing under another village's filter
        TestLogins.login(TestLogins.officer("村官" + a.value(), Role.VILLAGE_OFFICER, a.value()));
        assertThat(taskList.page(TaskFilter.MINE.withVillage(a), 0, 100))
                .extracting(TaskListFixtures::caseOf)
                .containsExactly("identification:" + ofA);
        assertThat(taskList.count(TaskFilter.MINE.withVillage(a))).isEqualTo(1);
        assertThat(taskList.count(TaskFilter.MINE.withVillage(b))).isZero();
        assertThat(taskList.page(TaskFilter.MINE.withVillage(b), 0, 100)).isEmpty();
    }

    @Test
    void theEngineSortsByDueDateAndByCreationBothWaysAndTheMostUrgentComesFirstByDefault() {
        RegionCode village = TaskListFixtures.freshVillage(regions);
        String created1st =
                "identification:" + TaskListFixtures.identification(households, identificationIntake, village);
        String created2nd = "rectification:" + TaskListFixtures.problem(rectificationIntake, village, 60);
        String created3rd = "rectification:" + TaskListFixtures.problem(rectificationIntake, village, 3);
        // due: the 3-day problem (in 4 days), the home verification (in 7 days), the 60-day problem (in 61 days)
        TestLogins.login("county1");
        TaskFilter filter = REGION.withVillage(village);

        assertThat(cases(filter, TaskOrder.asc(TaskSort.DUE))).containsExactly(created3rd, created1st, created2nd);
        assertThat(cases(filter, TaskOrder.desc(TaskSort.DUE))).containsExactly(created2nd, created1st, created3rd);
        assertThat(taskList.page(filter, 0, 100))
                .extracting(TaskListFixtures::caseOf)
                .as("default: due soonest first")
                .containsExactly(created3rd, created1st, created2nd);
        assertThat(cases(filter, TaskOrder.asc(TaskSort.CREATED))).containsExactly(created1st, created2nd, created3rd);
        assertThat(cases(filter, TaskOrder.desc(TaskSort.CREATED))).containsExactly(created3rd, created2nd, created1st);
        assertThat(taskList.page(filter, List.of(TaskOrder.asc(TaskSort.DUE)), 0, 100))
                .extracting(TaskRow::due)
                .isSortedAccordingTo(Comparator.naturalOrder());

        // pages of one row each make up the same order: the sort is in the query, not on a loaded list
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            taskList.page(filter, List.of(TaskOrder.desc(TaskSort.DUE)), offset, 1)
                    .forEach(r -> paged.add(caseOf(r)));
        }
        assertThat(paged).containsExactly(created2nd, created1st, created3rd);
    }

    @Test
    void sortingByStepGroupsTheStepsAndDescendingReversesThem() {
        RegionCode village = TaskListFixtures.freshVillage(regions);
        TaskListFixtures.problem(rectificationIntake, village, 30);
        TaskListFixtures.identification(households, identificationIntake, village);
        TaskListFixtures.problem(rectificationIntake, village, 40);
        TestLogins.login("county1");
        TaskFilter filter = REGION.withVillage(village);

        List<String> ascending = taskList.page(filter, List.of(TaskOrder.asc(TaskSort.STEP)), 0, 100).stream()
                .map(r -> r.task().name())
                .toList();
        List<String> descending = taskList.page(filter, List.of(TaskOrder.desc(TaskSort.STEP)), 0, 100).stream()
                .map(r -> r.task().name())
                .toList();
        // two county steps and one home verification: the county steps side by side, whatever the collation
        assertThat(ascending).hasSize(3);
        assertThat(ascending.get(0)).isNotEqualTo(ascending.get(2));
        assertThat(ascending.get(1)).isIn(ascending.get(0), ascending.get(2));
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed);
    }

    private List<String> cases(TaskFilter filter, TaskOrder order) {
        return taskList.page(filter, List.of(order), 0, 100).stream()
                .map(TaskListFixtures::caseOf)
                .toList();
    }
}
