package cn.jiandang.yearend;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.TestIncomes;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.ExitCandidates;
import cn.jiandang.household.ExitStanding;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who is on a village's year-end list (R3, R4, R6): POOR, NEWLY_POOR and RETURNED households whose per-capita net
 * income of the year is above the round's poverty line; each test in a made-up county of its own under 石家庄市.
 */
@JiandangSpringTest
class YearEndCandidatesTest {

    static final BigDecimal LINE = new BigDecimal("4000");

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    YearEndSteps yearEndSteps;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    RegionService regions;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void onlyHouseholdsAboveTheLineAreCandidatesAndMonitoringObjectsNever() {
        RegionCode county = newCounty();
        RegionCode village1 = village(county, 1);
        RegionCode village2 = village(county, 2);
        TestLogins.login(TestLogins.officer("yc-village", Role.VILLAGE_OFFICER, village1.value()));
        // two-person households: per-capita net income = wages / 2
        long above = household(village1, Category.POOR, "9000");
        long atTheLine = household(village1, Category.POOR, "8000");
        long below = household(village1, Category.RETURNED, "6000");
        long newlyPoor = household(village1, Category.NEWLY_POOR, "9000");
        long returned = household(village1, Category.RETURNED, "10000");
        long noIncome = TestHouseholds.register(households, village1.value(), Category.POOR);
        TestIncomes.record(baseData, noIncome, 2019, TestIncomes.HIGH);
        household(village1, Category.MONITORED, "20000");
        household(village1, Category.MARGINAL, "20000");
        household(village1, Category.EXITED, "20000");
        TestLogins.login(TestLogins.officer("yc-village2", Role.VILLAGE_OFFICER, village2.value()));
        long belowInVillage2 = household(village2, Category.POOR, "2000");

        TestLogins.login(TestLogins.officer("yc-county", Role.COUNTY_OFFICER, county.value()));
        ExitCandidates found = households.exitCandidates(county, 2020, LINE);
        assertThat(found.byVillage()).containsOnlyKeys(village1);
        assertThat(found.atOrBelowLine())
                .extracting(ExitStanding::householdId)
                .containsExactlyInAnyOrder(atTheLine, below, belowInVillage2);
        assertThat(found.withoutIncome()).extracting(ExitStanding::householdId).containsExactly(noIncome);

        RoundView round = yearEndIntake.openRound(2020, 7, LINE);
        assertThat(round.cases()).isEqualTo(1);
        assertThat(round.povertyLine()).isEqualByComparingTo("4000.00");
        assertThat(round.atOrBelowLine()).isEqualTo(3);
        assertThat(round.withoutIncome()).isEqualTo(1);
        YearEndCaseView c = yearEnd.cases().stream()
                .filter(x -> x.roundId() == round.id())
                .findFirst()
                .orElseThrow();
        assertThat(c.villageCode()).isEqualTo(village1.value());
        List<CandidateView> list = yearEnd.candidates(c.id());
        // R4: the household newly identified this year (March 2020) is on the list of 2020
        assertThat(list).extracting(CandidateView::householdId).containsExactlyInAnyOrder(above, newlyPoor, returned);
        assertThat(list)
                .filteredOn(v -> v.householdId() == above)
                .singleElement()
                .extracting(CandidateView::perCapitaIncome)
                .isEqualTo(new BigDecimal("4500.00"));
        assertThat(list).allSatisfy(v -> assertThat(v.insecure()).isEmpty());
    }

    @Test
    void theVillageCannotAddAHouseholdAtTheLineOrWithoutIncome() {
        RegionCode county = newCounty();
        RegionCode village = village(county, 1);
        TestLogins.login(TestLogins.officer("yc-village", Role.VILLAGE_OFFICER, village.value()));
        household(village, Category.POOR, "12000");
        long atTheLine = household(village, Category.POOR, "8000");
        long noIncome = TestHouseholds.register(households, village.value(), Category.NEWLY_POOR);
        long marginal = household(village, Category.MARGINAL, "20000");
        TestLogins.login(TestLogins.officer("yc-county", Role.COUNTY_OFFICER, county.value()));
        RoundView round = yearEndIntake.openRound(2020, 7, LINE);
        long caseId = yearEnd.cases().stream()
                .filter(x -> x.roundId() == round.id())
                .findFirst()
                .orElseThrow()
                .id();

        TestLogins.login(TestLogins.officer("yc-village", Role.VILLAGE_OFFICER, village.value()));
        assertThatThrownBy(() -> yearEndSteps.addCandidate(caseId, atTheLine))
                .isInstanceOf(BusinessException.class)
                .hasMessage("户编号 " + atTheLine + " 2020年人均纯收入4000.00元，未高于贫困线4000.00元，不能纳入退出");
        assertThatThrownBy(() -> yearEndSteps.addCandidate(caseId, noIncome))
                .hasMessage("户编号 " + noIncome + " 没有2020年的收入记录，请先在基础数据中录入收入");
        assertThatThrownBy(() -> yearEndSteps.addCandidate(caseId, marginal))
                .hasMessage("边缘户不能申请脱贫退出：监测对象不脱贫退出，风险消除后通过风险消除程序标注");
        // once its income is recorded, the household the list missed may be added
        TestIncomes.record(baseData, noIncome, 2020, new BigDecimal("10000"));
        yearEndSteps.addCandidate(caseId, noIncome);
        assertThat(yearEnd.candidates(caseId))
                .filteredOn(v -> v.householdId() == noIncome)
                .singleElement()
                .extracting(CandidateView::perCapitaIncome)
                .isEqualTo(new BigDecimal("5000.00"));
    }

    @Test
    void aRoundNeedsAPositiveLineAndOpensOnlyOnce() {
        RegionCode county = newCounty();
        RegionCode village = village(county, 1);
        TestLogins.login(TestLogins.officer("yc-village", Role.VILLAGE_OFFICER, village.value()));
        household(village, Category.POOR, "12000");
        TestLogins.login(TestLogins.officer("yc-county", Role.COUNTY_OFFICER, county.value()));
        assertThatThrownBy(() -> yearEndIntake.openRound(2020, 7, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("开启年度动态管理的信息有误：请填写大于0的贫困线（元/人·年）")
                .satisfies(
                        e -> assertThat(((BusinessException) e).fieldErrors()).containsKey("povertyLine"));
        assertThatThrownBy(() -> yearEndIntake.openRound(2020, 7, new BigDecimal("-4000")))
                .hasMessage("开启年度动态管理的信息有误：请填写大于0的贫困线（元/人·年）");
        assertThatThrownBy(() -> yearEndIntake.openRound(2020, 7, BigDecimal.ZERO))
                .hasMessage("开启年度动态管理的信息有误：请填写大于0的贫困线（元/人·年）");
        assertThatThrownBy(() -> yearEndIntake.openRound(2020, 7, new BigDecimal("4000.125")))
                .hasMessage("开启年度动态管理的信息有误：贫困线最多保留2位小数（元）");
        assertThatThrownBy(() -> yearEndIntake.openRound(1999, 0, LINE))
                .hasMessage("开启年度动态管理的信息有误：年度应在2013年到2100年之间；公示天数应在1到30天之间");
        assertThat(yearEnd.rounds()).isEmpty();

        yearEndIntake.openRound(2020, 7, LINE);
        assertThatThrownBy(() -> yearEndIntake.openRound(2020, 7, LINE))
                .isInstanceOf(BusinessException.class)
                .hasMessage(regions.name(county) + "2020年度动态管理已经开启，不能重复开启");
        assertThat(yearEndIntake.suggestedPovertyLine()).isPositive();
    }

    @Test
    void theDemoProvinceHasCandidatesAndHouseholdsBelowTheLineIn2020() {
        TestLogins.login("county1");
        ExitCandidates found = households.exitCandidates(RegionCode.of("130125000000"), 2020, LINE);
        assertThat(found.byVillage()).isNotEmpty();
        assertThat(found.byVillage().values())
                .allSatisfy(list -> assertThat(list)
                        .allSatisfy(s -> assertThat(s.perCapitaIncome()).isGreaterThan(LINE)));
        assertThat(found.atOrBelowLine()).isNotEmpty();
    }

    private long household(RegionCode village, Category category, String wages2020) {
        long id = TestHouseholds.register(households, village.value(), category);
        TestIncomes.record(baseData, id, 2020, new BigDecimal(wages2020));
        return id;
    }

    /** A county of its own (with one township), so that no other test's households or rounds are touched. */
    private RegionCode newCounty() {
        TestLogins.logout();
        RegionCode county;
        do {
            county = RegionCode.of("1301" + (10 + ThreadLocalRandom.current().nextInt(40)) + "000000");
        } while (regions.find(county).isPresent());
        regions.create(county, "年度测试县" + county.value().substring(4, 6), false);
        regions.create(RegionCode.of(county.value().substring(0, 6) + "100000"), "年度测试乡", false);
        return county;
    }

    private RegionCode village(RegionCode county, int n) {
        TestLogins.logout();
        RegionCode village = RegionCode.of(county.value().substring(0, 6) + "10020" + n);
        regions.create(village, "年度测试村" + n, false);
        return village;
    }
}
