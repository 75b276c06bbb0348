package cn.jiandang.it;

import cn.jiandang.TestIncomes;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationCaseView;
import cn.jiandang.rectification.RectificationCases;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationStatus;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import cn.jiandang.villageexit.VillageExitStatus;
import cn.jiandang.yearend.RoundView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The V5 tables and the queries of function opening, rectification, village exit and year-end exit on PostgreSQL. */
@PostgresAppTest
class Procedures2PostgresIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FeatureAccess features;

    @Autowired
    RectificationCases rectification;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    BaseDataService baseData;

    @Autowired
    HouseholdService households;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theDemoProvinceHasEveryFunctionOpenAndOthersOnlyStatistics() {
        assertThat(features.openFeatures(RegionCode.of("130125100201"))).containsExactlyInAnyOrder(Feature.values());
        assertThat(features.openFeatures(RegionCode.of("140105000000"))).containsExactly(Feature.STATISTICS);
    }

    @Test
    void theSupervisorBoardFiltersOnPostgres() {
        TestLogins.login("supervisor");
        long id = rectificationIntake.create(new NewProblem(
                null,
                "130125101000",
                ProblemType.OTHER,
                "台账不全",
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(5)));
        assertThat(rectification.board(null, null, null))
                .extracting(RectificationCaseView::id)
                .contains(id);
        List<RectificationCaseView> filtered = rectification.board(
                RectificationStatus.ASSIGNED,
                RegionCode.of("130125000000"),
                LocalDate.now().plusDays(6));
        assertThat(filtered).extracting(RectificationCaseView::id).contains(id);
        // the centre sees the supervisor's case too (every owner, nationally)
        TestLogins.login("centre");
        assertThat(rectification.board(null, null, null))
                .extracting(RectificationCaseView::id)
                .contains(id);
    }

    @Test
    void theThresholdDecisionRunsOnPostgres() {
        TestLogins.login("township2");
        RegionCode village = RegionCode.of("130125101202");
        int poor = poorVillages.populations(village)[0];
        long id = villageExitIntake.propose(village, poor * 20, null);
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.REJECTED);
    }

    @Test
    void aYearEndRoundOpensOnPostgres() {
        TestLogins.login(TestLogins.officer("pg-county", Role.COUNTY_OFFICER, "130126000000"));
        // 2032 incomes: above the line in one village, at the line for one household of another
        List<Long> above = TestIncomes.recordHighForExiting(baseData, households, RegionCode.of("130126101202"), 2032);
        long atTheLine = households
                .search(RegionCode.of("130126101203"), Category.POOR, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        TestIncomes.record(
                baseData,
                atTheLine,
                2032,
                TestIncomes.LINE.multiply(
                        BigDecimal.valueOf(households.membersAt(atTheLine, LocalDate.of(2032, 9, 30)))));
        RoundView round = yearEndIntake.openRound(2032, 7, TestIncomes.LINE);
        assertThat(round.cases()).isEqualTo(1);
        assertThat(round.atOrBelowLine()).isEqualTo(1);
        // R6: a household without members at 30 September has no per-capita income, whatever it earned
        long candidates = above.stream()
                .filter(id -> households.membersAt(id, LocalDate.of(2032, 9, 30)) > 0)
                .count();
        assertThat(jdbc.queryForObject("""
                select count(*) from year_end_candidate c join year_end_case k on k.id = c.case_id
                where k.round_id = ? and c.per_capita_income > 4000""", Integer.class, round.id())).isEqualTo(candidates);
        // every other household that may exit has no 2032 per-capita income, counted by the round's one income query
        assertThat(round.withoutIncome()).isEqualTo(jdbc.queryForObject("""
                select count(*) from household
                where village_code like '130126%' and category in ('POOR', 'NEWLY_POOR', 'RETURNED')""", Integer.class) - candidates - 1);
        assertThat(yearEnd.rounds()).extracting(RoundView::id).contains(round.id());
    }
}
