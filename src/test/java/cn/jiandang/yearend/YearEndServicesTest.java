package cn.jiandang.yearend;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestIncomes;
import cn.jiandang.common.BusinessException;
import cn.jiandang.featureaccess.FeatureClosedException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.publicnotice.ExitObjectionView;
import cn.jiandang.publicnotice.ExitObjections;
import cn.jiandang.publicnotice.PublicBoardPages;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Year-end exit through the real services and engine, in 灵寿县 (other slices use 行唐县's households):
 * round, bulk decision with exceptions, objection, notice timer, township and county, announcement, exit.
 */
@JiandangSpringTest
class YearEndServicesTest {

    static final Officer COUNTY = TestLogins.officer("ye-county", Role.COUNTY_OFFICER, "130126000000");
    static final Officer TOWNSHIP = TestLogins.officer("ye-township", Role.TOWNSHIP_OFFICER, "130126100000");
    static final Officer VILLAGE = TestLogins.officer("ye-village", Role.VILLAGE_OFFICER, "130126100201");

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    YearEndSteps yearEndSteps;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @Autowired
    RegionService regions;

    @Autowired
    ManagementService management;

    @Autowired
    BaseDataService baseData;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExitObjections exitObjections;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theVillageDecidesTheWholeListWithExceptionsAndTheRestExit() throws Exception {
        TestLogins.login(COUNTY);
        RegionCode county = RegionCode.of("130126000000");
        List<Long> withIncome = TestIncomes.recordHighForExiting(baseData, households, VILLAGE.region(), 2030);
        RoundView round = yearEndIntake.openRound(2030, 7, TestIncomes.LINE);
        // only the village whose households have a 2030 income above the line gets a list; every other household
        // of the county that may exit has no 2030 income and is counted as left out
        long exiting = YearEndRules.MAY_EXIT.stream()
                .mapToLong(category -> households
                        .search(county, category, PageRequest.of(0, 1))
                        .getTotalElements())
                .sum();
        assertThat(round.cases()).isEqualTo(1);
        assertThat(round.povertyLine()).isEqualByComparingTo("4000");
        assertThat(round.withoutIncome()).isEqualTo(exiting - withIncome.size());
        assertThat(round.atOrBelowLine()).isZero();
        assertThatThrownBy(() -> yearEndIntake.openRound(2030, 7, TestIncomes.LINE))
                .isInstanceOf(BusinessException.class)
                .hasMessage("灵寿县2030年度动态管理已经开启，不能重复开启");
        TestLogins.login("province1");
        assertThatThrownBy(() -> yearEndIntake.openRound(2030, 7, TestIncomes.LINE))
                .hasMessage("灵寿县2030年度动态管理已经开启，不能重复开启");

        TestLogins.login(VILLAGE);
        YearEndCaseView c = yearEnd.cases().stream()
                .filter(x -> x.roundId() == round.id())
                .findFirst()
                .orElseThrow();
        List<CandidateView> list = yearEnd.candidates(c.id());
        assertThat(list)
                .extracting(CandidateView::categoryBefore)
                .isNotEmpty()
                .allMatch(YearEndRules.MAY_EXIT::contains);
        assertThat(list).extracting(CandidateView::householdId).containsExactlyInAnyOrderElementsOf(withIncome);
        assertThat(list).allSatisfy(v -> assertThat(v.perCapitaIncome()).isGreaterThan(TestIncomes.LINE));
        long housingUnsafe = list.get(0).householdId();
        long noConsent = list.get(1).householdId();
        long excludedByTownship = list.get(2).householdId();
        long monitored = households
                .search(RegionCode.of(c.villageCode()), Category.MONITORED, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        assertThatThrownBy(() -> yearEndSteps.addCandidate(c.id(), monitored))
                .hasMessage("脱贫监测户不能申请脱贫退出：监测对象不脱贫退出，风险消除后通过风险消除程序标注");

        String appraisal = task(c.id(), "villageAppraisal");
        assertThatThrownBy(() -> yearEndSteps.decide(
                        appraisal, c.id(), List.of(new CandidateDecision(housingUnsafe, false, true, ""))))
                .hasMessageContaining("不纳入退出时必须填写原因");
        assertThatThrownBy(() -> yearEndSteps.decide(
                        appraisal,
                        c.id(),
                        List.of(new CandidateDecision(housingUnsafe, true, true, null, Set.of(BasicNeed.HOUSING)))))
                .hasMessage("户编号 " + housingUnsafe + "：住房安全未保障，不能纳入退出");
        // the need found not secure is the reason when none is written
        yearEndSteps.decide(
                appraisal,
                c.id(),
                List.of(
                        new CandidateDecision(housingUnsafe, false, true, null, Set.of(BasicNeed.HOUSING)),
                        new CandidateDecision(noConsent, false, false, "本户不认可")));
        assertThat(yearEnd.candidates(c.id()))
                .filteredOn(v -> v.householdId() == housingUnsafe)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.reason()).isEqualTo("住房安全未保障");
                    assertThat(v.insecure()).containsExactly(BasicNeed.HOUSING);
                });
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.NOTICE);
        // the public board lists the households on notice, by head's name only, and takes no objection online
        List<CandidateView> onNotice = yearEnd.candidates(c.id());
        String board = PublicBoardPages.board(mvc, c.villageCode());
        for (CandidateView v : onNotice) {
            String title = "脱贫退出公示：" + v.headName() + "户";
            if (v.included()) {
                assertThat(board).contains(title + "（" + v.categoryBefore().label() + "）拟标注脱贫");
            } else {
                assertThat(board).doesNotContain(title);
            }
        }
        String included = onNotice.stream()
                .filter(CandidateView::included)
                .findFirst()
                .orElseThrow()
                .headName();
        assertThat(PublicBoardPages.notice(mvc, c.villageCode(), "脱贫退出公示：" + included + "户"))
                .contains(included, "拟标注脱贫", "公示中", "<form");
        // two visitors object online; the list stays on notice until the township decides: it dismisses one with a
        // reason and registers the other as the list's objection, which sends the list back to the village
        String excludedHead = onNotice.stream()
                .filter(v -> v.householdId() == excludedByTownship)
                .findFirst()
                .orElseThrow()
                .headName();
        PublicBoardPages.object(
                mvc, c.villageCode(), "脱贫退出公示：" + included + "户", "203.0.113.82", "钱七", "13700000082", "听说该户早已外出");
        PublicBoardPages.object(
                mvc,
                c.villageCode(),
                "脱贫退出公示：" + excludedHead + "户",
                "203.0.113.83",
                "孙八",
                "13700000083",
                "群众反映该户收入未达标");
        TestLogins.login(TOWNSHIP); // the anonymous requests ran on this thread and left it logged out
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.NOTICE);
        List<ExitObjectionView> online = exitObjections.pending().stream()
                .filter(o -> o.villageCode().equals(c.villageCode()))
                .toList();
        assertThat(online).extracting(ExitObjectionView::raiserName).containsExactly("钱七", "孙八");
        assertThatThrownBy(() -> exitObjections.dismiss(online.get(0).id(), " "))
                .hasMessage("请填写不予受理的理由");
        exitObjections.dismiss(online.get(0).id(), "经核实该户常住本村");
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.NOTICE);
        exitObjections.register(online.get(1).id());
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.APPRAISAL);
        assertThat(yearEnd.candidates(c.id()))
                .filteredOn(v -> v.householdId() == excludedByTownship)
                .singleElement()
                .satisfies(v -> assertThat(v.objection()).contains("孙八", "137****0083", "群众反映该户收入未达标"));
        TestLogins.login(VILLAGE);
        yearEndSteps.decide(task(c.id(), "villageAppraisal"), c.id(), List.of());
        String pi = yearEnd.find(c.id()).processInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .timers()
                .singleResult()
                .getId());

        TestLogins.login(TOWNSHIP);
        String verification = task(c.id(), "townshipVerification");
        assertThatThrownBy(() -> yearEndSteps.decide(
                        verification, c.id(), List.of(new CandidateDecision(housingUnsafe, true, true, null))))
                .hasMessageContaining("上级核实时不能再纳入");
        yearEndSteps.decide(
                verification, c.id(), List.of(new CandidateDecision(excludedByTownship, false, true, "收入核实未达标")));
        TestLogins.login(COUNTY);
        yearEndSteps.decide(task(c.id(), "countyApproval"), c.id(), List.of());
        yearEndSteps.announce(task(c.id(), "countyAnnouncement"), c.id());

        YearEndCaseView done = yearEnd.find(c.id());
        assertThat(done.status()).isEqualTo(YearEndStatus.DONE);
        assertThat(done.included()).isEqualTo(list.size() - 3);
        for (CandidateView v : yearEnd.candidates(c.id())) {
            HouseholdDetails h = households.details(v.householdId());
            if (v.householdId() == housingUnsafe
                    || v.householdId() == noConsent
                    || v.householdId() == excludedByTownship) {
                assertThat(h.category()).isEqualTo(v.categoryBefore());
                assertThat(v.reason()).isNotBlank();
                assertThat(v.exited()).isFalse();
            } else {
                assertThat(h.category()).isEqualTo(Category.EXITED);
                assertThat(h.categoryHistory()).last().satisfies(change -> {
                    assertThat(change.from()).isEqualTo(v.categoryBefore());
                    assertThat(change.procedure()).isEqualTo("YEAR_END_EXIT");
                    assertThat(change.changedBy()).isEqualTo("ye-county");
                });
            }
        }
        assertThat(yearEnd.candidates(c.id()))
                .filteredOn(v -> v.householdId() == excludedByTownship)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.excludedStep()).isEqualTo("townshipVerification");
                    assertThat(v.objection()).isEqualTo("【网上公示栏异议】提出人：孙八，电话：137****0083。群众反映该户收入未达标");
                });
    }

    @Test
    void aProvinceWhereYearEndExitIsClosedCannotOpenARound() {
        TestLogins.login(TestLogins.officer("ye-province", Role.PROVINCE_OFFICER, "140000000000"));
        assertThatThrownBy(() -> yearEndIntake.openRound(2030, 7, TestIncomes.LINE))
                .isInstanceOf(FeatureClosedException.class)
                .hasMessageStartingWith("本省尚未开放年度脱贫退出功能");
    }

    private String task(long caseId, String key) {
        return taskList.page(0, 500).stream()
                .filter(r -> YearEndVariables.PROCESS_KEY.equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() == caseId && key.equals(r.task().taskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + key))
                .task()
                .id();
    }
}
