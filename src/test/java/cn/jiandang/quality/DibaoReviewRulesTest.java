package cn.jiandang.quality;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.TestImports;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two 低保 review rules (R15) on data that came through the quarterly import: Q15 finds an ordinary household with
 * a recipient in the county's latest quarter (not one who received only in an earlier quarter, nor one without), Q16
 * a household in a category without any recipient in that quarter (not one whose member receives).
 */
@JiandangSpringTest
class DibaoReviewRulesTest {

    static final String COUNTY = "130126000000";

    @Autowired
    DibaoExchange exchange;

    @Autowired
    QualityService quality;

    @Autowired
    QualityWorker worker;

    @Autowired
    HouseholdService households;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theReviewCandidatesAreFoundFromTheLatestImportedQuarterAndCleanHouseholdsAreNot() {
        String village = jdbc.queryForObject(
                "select max(code) from region where level = 'VILLAGE' and code like '130126%'", String.class);
        long ordinaryReceiving = TestHouseholds.register(households, village, null);
        long ordinaryNot = TestHouseholds.register(households, village, null);
        long ordinaryEarlierOnly = TestHouseholds.register(households, village, null);
        long poorReceiving = TestHouseholds.register(households, village, Category.POOR);
        long poorNot = TestHouseholds.register(households, village, Category.POOR);
        importQuarter("2020Q4", row(ordinaryEarlierOnly, "HEAD", "2020-10"), row(poorReceiving, "HEAD", "2020-10"));
        importQuarter("2021Q1", row(ordinaryReceiving, "HEAD", "2021-01"), row(poorReceiving, "SPOUSE", "2021-01"));

        TestLogins.login("province1");
        long run = quality.request(RegionCode.of(COUNTY)).id();
        TestLogins.logout();
        assertThat(worker.runQueued()).isGreaterThanOrEqualTo(1);

        assertThat(open(run, ordinaryReceiving)).contains("Q15").doesNotContain("Q16");
        assertThat(open(run, ordinaryNot)).doesNotContain("Q15", "Q16");
        assertThat(open(run, ordinaryEarlierOnly)).doesNotContain("Q15", "Q16");
        assertThat(open(run, poorReceiving)).doesNotContain("Q15", "Q16");
        assertThat(open(run, poorNot)).contains("Q16").doesNotContain("Q15");
    }

    private void importQuarter(String quarter, String... rows) {
        TestLogins.login("province1");
        String csv = "身份证号,姓名,县代码,金额,起始,终止,季度\n" + String.join("\n", rows) + "\n";
        exchange.submit(quarter, "dibao.csv", csv.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
        TestLogins.logout();
        assertThat(TestImports.runQueued(context)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from dibao_coverage where county_code = ? and quarter = ?",
                        Integer.class,
                        COUNTY,
                        quarter))
                .isOne();
    }

    private String row(long household, String relation, String month) {
        String id = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = ?",
                String.class,
                household,
                relation);
        return id + ",低保户," + COUNTY + ",300," + month + "," + month + ",";
    }

    private List<String> open(long run, long household) {
        return jdbc.queryForList(
                "select rule_code from quality_problem where household_id = ? and live_key is not null"
                        + " and last_run_id = ?",
                String.class,
                household,
                run);
    }
}
