package cn.jiandang.it;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationCaseView;
import cn.jiandang.rectification.RectificationService;
import cn.jiandang.rectification.RectificationStatus;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.villageexit.VillageExitService;
import cn.jiandang.villageexit.VillageExitStatus;
import cn.jiandang.yearend.RoundView;
import cn.jiandang.yearend.YearEndService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The V5 tables and the queries of function opening, rectification, village exit and year-end exit on PostgreSQL. */
@PostgresAppTest
class Procedures2PostgresIT {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    FeatureAccess features;
    @Autowired
    RectificationService rectification;
    @Autowired
    VillageExitService villageExit;
    @Autowired
    YearEndService yearEnd;

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
        long id = rectification.create(new NewProblem(null, "130125101000", ProblemType.OTHER, "台账不全",
                ProblemSource.INSPECTION, LocalDate.now().plusDays(5)));
        assertThat(rectification.board(null, null, null)).extracting(RectificationCaseView::id).contains(id);
        List<RectificationCaseView> filtered = rectification.board(RectificationStatus.ASSIGNED,
                RegionCode.of("130125000000"), LocalDate.now().plusDays(6));
        assertThat(filtered).extracting(RectificationCaseView::id).contains(id);
    }

    @Test
    void theThresholdDecisionRunsOnPostgres() {
        TestLogins.login("township2");
        RegionCode village = RegionCode.of("130125101202");
        int poor = villageExit.populations(village)[0];
        long id = villageExit.propose(village, poor * 20, null);
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.REJECTED);
    }

    @Test
    void aYearEndRoundOpensOnPostgres() {
        TestLogins.login(TestLogins.officer("pg-county", Role.COUNTY_OFFICER, "130126000000"));
        RoundView round = yearEnd.openRound(2032, 7);
        // one case per village with a household that may exit: the six demo villages and the resettlement site
        assertThat(round.cases()).isEqualTo(jdbc.queryForObject("""
                select count(distinct village_code) from household
                where village_code like '130126%' and category in ('POOR', 'NEWLY_POOR', 'RETURNED')""", Integer.class));
        assertThat(yearEnd.rounds()).extracting(RoundView::id).contains(round.id());
    }
}
