package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.yearend.RoundView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndIntake;
import cn.jiandang.yearend.YearEndStatus;
import cn.jiandang.yearend.YearEndSteps;
import cn.jiandang.yearend.YearEndVariables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk completion of the year-end lists of two villages, in a county of its own (so no other test's rounds or
 * households are touched): the township verifies both lists at once while one was verified meanwhile, the county
 * approves both in one go.
 */
@JiandangSpringTest
class BulkCompletionTest {

    @Autowired
    BulkCompletion bulk;

    @Autowired
    TaskListService taskList;

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    YearEndSteps yearEndSteps;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    RegionService regions;

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService engineTasks;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theTownshipVerifiesTwoVillagesListsAtOnceAndIsToldOfTheOneDoneMeanwhile() {
        RegionCode county = newCounty();
        String prefix = county.value().substring(0, 6);
        Officer countyOfficer = TestLogins.officer("bulk-county", Role.COUNTY_OFFICER, county.value());
        Officer township = TestLogins.officer("bulk-township", Role.TOWNSHIP_OFFICER, prefix + "100000");
        RegionCode villageA = RegionCode.of(prefix + "100201");
        RegionCode villageB = RegionCode.of(prefix + "100202");
        poorHouseholdWithIncome(villageA);
        poorHouseholdWithIncome(villageB);
        TestLogins.login(countyOfficer);
        RoundView round = yearEndIntake.openRound(2043, 7, new BigDecimal("4000"));
        long caseA = appraisedAndNoticed(round, villageA);
        long caseB = appraisedAndNoticed(round, villageB);

        TestLogins.login(township);
        String verifyA = task(caseA, YearEndVariables.TASK_TOWNSHIP_VERIFICATION);
        String verifyB = task(caseB, YearEndVariables.TASK_TOWNSHIP_VERIFICATION);
        assertThat(bulk.actionFor(YearEndVariables.PROCESS_KEY, YearEndVariables.TASK_TOWNSHIP_VERIFICATION))
                .map(BulkAction::labelKey)
                .hasValue("tasks.bulk.yearend.verify");
        assertThat(bulk.actionFor(YearEndVariables.PROCESS_KEY, YearEndVariables.TASK_VILLAGE_APPRAISAL))
                .isEmpty();
        yearEndSteps.decide(verifyA, caseA, List.of());

        BulkResult verified = bulk.complete(List.of(verifyA, verifyB), "核实无误");

        assertThat(verified.completed()).isEqualTo(1);
        assertThat(verified.failures())
                .containsExactly(new BulkResult.Failure(verifyA, "该任务已由 bulk-township 办理完毕，请刷新任务列表"));
        assertThat(yearEnd.find(caseB).status()).isEqualTo(YearEndStatus.COUNTY);
        assertThat(engineTasks.getProcessInstanceComments(yearEnd.find(caseB).processInstanceId()))
                .extracting(Comment::getFullMessage)
                .containsExactly("核实无误");

        TestLogins.login(countyOfficer);
        BulkResult approved = bulk.complete(
                List.of(
                        task(caseA, YearEndVariables.TASK_COUNTY_APPROVAL),
                        task(caseB, YearEndVariables.TASK_COUNTY_APPROVAL)),
                "");

        assertThat(approved.completed()).isEqualTo(2);
        assertThat(approved.failures()).isEmpty();
        assertThat(List.of(yearEnd.find(caseA).status(), yearEnd.find(caseB).status()))
                .containsOnly(YearEndStatus.ANNOUNCING);
    }

    @Test
    void tasksOfTwoStepsOrOfAStepWithoutDefaultDecisionAreRefusedAsAWhole() {
        RegionCode county = newCounty();
        String prefix = county.value().substring(0, 6);
        RegionCode village = RegionCode.of(prefix + "100201");
        poorHouseholdWithIncome(village);
        TestLogins.login(TestLogins.officer("bulk-county2", Role.COUNTY_OFFICER, county.value()));
        RoundView round = yearEndIntake.openRound(2043, 7, new BigDecimal("4000"));
        TestLogins.login(TestLogins.officer("bulk-village2", Role.VILLAGE_OFFICER, village.value()));
        long caseId = yearEnd.cases().stream()
                .filter(c -> c.roundId() == round.id())
                .findFirst()
                .orElseThrow()
                .id();
        String appraisal = task(caseId, YearEndVariables.TASK_VILLAGE_APPRAISAL);

        assertThatThrownBy(() -> bulk.complete(List.of(appraisal), null)).hasMessage("“村民主评议（整批决定）”环节不能批量办理，请逐项办理");
        assertThat(yearEnd.find(caseId).status()).isEqualTo(YearEndStatus.APPRAISAL);
    }

    private RegionCode newCounty() {
        TestLogins.logout();
        RegionCode county;
        do {
            // 130150..130198: 130199 is DemoSeedingTest's, 130110..130149 the year-end tests'
            county = RegionCode.of("1301" + (50 + ThreadLocalRandom.current().nextInt(49)) + "000000");
        } while (regions.find(county).isPresent());
        String prefix = county.value().substring(0, 6);
        regions.create(county, "批量测试县", false);
        regions.create(RegionCode.of(prefix + "100000"), "批量测试乡", false);
        regions.create(RegionCode.of(prefix + "100201"), "批量测试甲村", false);
        regions.create(RegionCode.of(prefix + "100202"), "批量测试乙村", false);
        return county;
    }

    /** A poor household with incomes well above the line recorded, so that it is a candidate under any rule. */
    private void poorHouseholdWithIncome(RegionCode village) {
        TestLogins.login(TestLogins.officer("bulk-v" + village.value(), Role.VILLAGE_OFFICER, village.value()));
        long id = TestHouseholds.register(households, village.value(), Category.POOR);
        for (int year = 2041; year <= 2043; year++) {
            baseData.recordIncome(id, IncomeRecord.of(year, "30000", "5000", "0", "1000", "0"));
        }
    }

    /** The village decides its list as it stands, the notice passes without objection. */
    private long appraisedAndNoticed(RoundView round, RegionCode village) {
        TestLogins.login(TestLogins.officer("bulk-v" + village.value(), Role.VILLAGE_OFFICER, village.value()));
        YearEndCaseView c = yearEnd.cases().stream()
                .filter(x -> x.roundId() == round.id())
                .findFirst()
                .orElseThrow();
        yearEndSteps.decide(task(c.id(), YearEndVariables.TASK_VILLAGE_APPRAISAL), c.id(), List.of());
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(c.processInstanceId())
                .timers()
                .singleResult()
                .getId());
        return c.id();
    }

    private String task(long caseId, String step) {
        return taskList.page(0, 1000).stream()
                .filter(r -> YearEndVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && r.task().caseId() == caseId
                        && step.equals(r.task().taskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + step))
                .task()
                .id();
    }
}
