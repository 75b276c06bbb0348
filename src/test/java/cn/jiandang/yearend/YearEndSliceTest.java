package cn.jiandang.yearend;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.featureaccess.FeatureClosedException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Year-end exit through the real services and engine, in 灵寿县 (other slices use 行唐县's households):
 * round, bulk decision with exceptions, objection, notice timer, township and county, announcement, exit.
 */
@JiandangSpringTest
class YearEndSliceTest {

    static final Officer COUNTY = TestLogins.officer("ye-county", Role.COUNTY_OFFICER, "130126000000");
    static final Officer TOWNSHIP = TestLogins.officer("ye-township", Role.TOWNSHIP_OFFICER, "130126100000");
    static final Officer VILLAGE = TestLogins.officer("ye-village", Role.VILLAGE_OFFICER, "130126100201");

    @Autowired
    YearEndService yearEnd;
    @Autowired
    HouseholdService households;
    @Autowired
    TaskListService taskList;
    @Autowired
    cn.jiandang.region.RegionService regions;
    @Autowired
    ManagementService management;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theVillageDecidesTheWholeListWithExceptionsAndTheRestExit() {
        TestLogins.login(COUNTY);
        RoundView round = yearEnd.openRound(2030, 7);
        // one case per village of the county that has a household that may exit (the demo's six and the
        // resettlement site of the relocated households)
        long villagesWithCandidates = regions.villagesUnder(RegionCode.of("130126000000")).stream()
                .filter(v -> YearEndService.MAY_EXIT.stream().anyMatch(category ->
                        households.search(v.code(), category, PageRequest.of(0, 1)).getTotalElements() > 0))
                .count();
        assertThat(villagesWithCandidates).isGreaterThanOrEqualTo(6);
        assertThat(round.cases()).isEqualTo(villagesWithCandidates);
        assertThatThrownBy(() -> yearEnd.openRound(2030, 7)).isInstanceOf(BusinessException.class)
                .hasMessage("灵寿县2030年度动态管理已经开启，不能重复开启");
        TestLogins.login("province1");
        assertThatThrownBy(() -> yearEnd.openRound(2030, 7)).hasMessage("灵寿县2030年度动态管理已经开启，不能重复开启");

        TestLogins.login(VILLAGE);
        YearEndCaseView c = yearEnd.cases().stream().filter(x -> x.roundId() == round.id()).findFirst().orElseThrow();
        List<CandidateView> list = yearEnd.candidates(c.id());
        assertThat(list).extracting(CandidateView::categoryBefore)
                .isNotEmpty().allMatch(YearEndService.MAY_EXIT::contains);
        long housingUnsafe = list.get(0).householdId();
        long noConsent = list.get(1).householdId();
        long excludedByTownship = list.get(2).householdId();
        long monitored = households.search(RegionCode.of(c.villageCode()), Category.MONITORED, PageRequest.of(0, 1))
                .getContent().get(0).id();
        assertThatThrownBy(() -> yearEnd.addCandidate(c.id(), monitored))
                .hasMessage("脱贫监测户不能申请脱贫退出：监测对象不脱贫退出，风险消除后通过风险消除程序标注");

        String appraisal = task(c.id(), "villageAppraisal");
        assertThatThrownBy(() -> yearEnd.decide(appraisal, c.id(), List.of(new CandidateDecision(housingUnsafe, false, true, ""))))
                .hasMessageContaining("不纳入退出时必须填写原因");
        yearEnd.decide(appraisal, c.id(), List.of(
                new CandidateDecision(housingUnsafe, false, true, "住房安全未保障"),
                new CandidateDecision(noConsent, false, false, "本户不认可")));
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.NOTICE);

        yearEnd.raiseObjection(c.id(), excludedByTownship, "群众反映该户收入未达标");
        yearEnd.decide(task(c.id(), "villageAppraisal"), c.id(), List.of());
        String pi = yearEnd.find(c.id()).processInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());

        TestLogins.login(TOWNSHIP);
        String verification = task(c.id(), "townshipVerification");
        assertThatThrownBy(() -> yearEnd.decide(verification, c.id(), List.of(new CandidateDecision(housingUnsafe, true, true, null))))
                .hasMessageContaining("上级核实时不能再纳入");
        yearEnd.decide(verification, c.id(), List.of(new CandidateDecision(excludedByTownship, false, true, "收入核实未达标")));
        TestLogins.login(COUNTY);
        yearEnd.decide(task(c.id(), "countyApproval"), c.id(), List.of());
        yearEnd.announce(task(c.id(), "countyAnnouncement"), c.id());

        YearEndCaseView done = yearEnd.find(c.id());
        assertThat(done.status()).isEqualTo(YearEndStatus.DONE);
        assertThat(done.included()).isEqualTo(list.size() - 3);
        for (CandidateView v : yearEnd.candidates(c.id())) {
            HouseholdDetails h = households.details(v.householdId());
            if (v.householdId() == housingUnsafe || v.householdId() == noConsent || v.householdId() == excludedByTownship) {
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
        assertThat(yearEnd.candidates(c.id())).filteredOn(v -> v.householdId() == excludedByTownship).singleElement()
                .satisfies(v -> {
                    assertThat(v.excludedStep()).isEqualTo("townshipVerification");
                    assertThat(v.objection()).isEqualTo("群众反映该户收入未达标");
                });
    }

    @Test
    void aProvinceWhereYearEndExitIsClosedCannotOpenARound() {
        TestLogins.login(TestLogins.officer("ye-province", Role.PROVINCE_OFFICER, "140000000000"));
        assertThatThrownBy(() -> yearEnd.openRound(2030, 7)).isInstanceOf(FeatureClosedException.class)
                .hasMessageStartingWith("本省尚未开放年度脱贫退出功能");
    }

    private String task(long caseId, String key) {
        return taskList.page(0, 500).stream()
                .filter(r -> YearEndVariables.PROCESS_KEY.equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() == caseId && key.equals(r.task().taskDefinitionKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no task " + key)).task().id();
    }
}
