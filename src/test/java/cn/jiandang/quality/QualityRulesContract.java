package cn.jiandang.quality;

import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rule finds the one household seeded with its defect and not a clean one; a re-run closes a problem that is
 * gone and keeps the others open; counts per county and rule say so. The same statements on H2
 * ({@link QualityRulesTest}) and PostgreSQL ({@link QualityRulesPostgresIT}).
 */
abstract class QualityRulesContract {

    static final String VILLAGE = "130125100201";
    static final String COUNTY = "130125000000";
    static final RegionCode PROVINCE = RegionCode.of("130000000000");

    @Autowired
    QualityService quality;

    @Autowired
    QualityWorker worker;

    @Autowired
    ProblemExport export;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void eachRuleFindsItsSeededDefectAndNotACleanHouseholdAndAReRunClosesWhatIsGone() {
        Map<QualityRule, Long> bad = seedOneBadHouseholdPerRule();
        long clean = TestHouseholds.register(households, VILLAGE, null);

        long first = runOverProvince();

        assertThat(quality.run(first).status()).isEqualTo(RunStatus.DONE);
        bad.forEach((rule, household) ->
                assertThat(openRules(household)).as(rule.name()).contains(rule.code()));
        assertThat(openRules(clean)).isEmpty();
        // the list names the household by its head's ID number, masked for everyone (the province and the centre
        // alike): the full number is the household page's audited request
        String head = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'",
                String.class,
                bad.get(QualityRule.Q06));
        String masked = head.substring(0, 4) + "**********" + head.substring(14);
        assertThat(headShown(first, bad.get(QualityRule.Q06)).headIdNumber()).isEqualTo(masked);
        assertThat(headShown(first, bad.get(QualityRule.Q06)).countyCode()).isEqualTo(COUNTY);
        TestLogins.login("centre");
        assertThat(headShown(first, bad.get(QualityRule.Q06)).headIdNumber()).isEqualTo(masked);

        jdbc.update("update household set contact_phone = '13912345678' where id = ?", bad.get(QualityRule.Q06));
        long second = runOverProvince();

        assertThat(openRules(bad.get(QualityRule.Q06))).doesNotContain("Q06");
        assertThat(jdbc.queryForObject(
                        "select closed_run_id from quality_problem where household_id = ? and rule_code = 'Q06'",
                        Long.class,
                        bad.get(QualityRule.Q06)))
                .isEqualTo(second);
        assertThat(jdbc.queryForObject(
                        "select first_run_id from quality_problem where household_id = ? and live_key is not null"
                                + " and rule_code = 'Q04'",
                        Long.class,
                        bad.get(QualityRule.Q04)))
                .isEqualTo(first);
        TestLogins.login("province1");
        List<RuleCount> counts = quality.counts(second, PROVINCE);
        RuleCount q06 = count(counts, "Q06");
        assertThat(q06.closedCount()).isGreaterThanOrEqualTo(1);
        RuleCount q04 = count(counts, "Q04");
        assertThat(q04.openCount()).isGreaterThanOrEqualTo(1);
        assertThat(q04.newCount()).isZero();
        assertThat(quality.run(second).closed()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPersonInTwoHouseholdsIsRefusedByTheUniqueIdNumberAndAStrayOpenMembershipIsFound() {
        long a = TestHouseholds.register(households, VILLAGE, null);
        long b = TestHouseholds.register(households, VILLAGE, null);
        String idOfA = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'", String.class, a);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into member (household_id, name, id_number, relation, sex, birth_date)"
                                + " select ?, name, id_number, 'OTHER', sex, birth_date from member where id_number = ?",
                        b,
                        idOfA))
                .isInstanceOf(DataIntegrityViolationException.class);

        jdbc.update(
                "insert into household_membership (household_id, member_id) select ?, id from member where id_number = ?",
                b,
                idOfA);
        runOverProvince();

        assertThat(openRules(b)).contains("Q03");
    }

    @Test
    void theProblemListExportsEveryProblemOfTheRunInTheRegionAsXlsxAndIsAudited() throws IOException {
        long run = runOverProvince();
        int problems = jdbc.queryForObject(
                "select count(*) from quality_problem where village_code like '13%' and first_run_id <= ?"
                        + " and (closed_run_id is null or closed_run_id > ?)",
                Integer.class, run, run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = export.write(
                run,
                PROVINCE,
                List.of("rule", "text", "county", "village", "head", "id", "problem", "state"),
                new ProblemExport.Labels() {
                    @Override
                    public String rule(QualityRule rule) {
                        return rule.code();
                    }

                    @Override
                    public String state(ProblemView problem) {
                        return problem.open() ? "open" : "closed";
                    }
                },
                out);

        assertThat(written).isEqualTo(problems).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(problems);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .matches("Q(\\d\\d|F)");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'QualityProblemList'"
                                + " and actor = 'province1' and detail = ?",
                        Integer.class,
                        "XLSX, " + problems + " rows"))
                .isPositive();
    }

    @Test
    void onlyTheCentreAndProvinceOfficersWithinTheirRegionStartRuns() {
        TestLogins.login("county1");
        assertThatThrownBy(() -> quality.request(RegionCode.of(COUNTY)))
                .isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login("province1");
        assertThatThrownBy(() -> quality.request(RegionCode.of("140000000000")))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    private ProblemView headShown(long run, long household) {
        return quality.problems(run, PROVINCE, "Q06", 0, 1000).stream()
                .filter(p -> p.householdId() == household)
                .findFirst()
                .orElseThrow();
    }

    private long runOverProvince() {
        TestLogins.login("province1");
        long id = quality.request(PROVINCE).id();
        assertThat(quality.run(id).status()).isEqualTo(RunStatus.QUEUED);
        TestLogins.logout();
        assertThat(worker.runQueued()).isGreaterThanOrEqualTo(1);
        TestLogins.login("province1");
        return id;
    }

    private Map<QualityRule, Long> seedOneBadHouseholdPerRule() {
        Map<QualityRule, Long> bad = new EnumMap<>(QualityRule.class);
        long h = put(bad, QualityRule.Q01, null);
        String spouse = spouseId(h);
        String wrong = spouse.substring(0, 17) + (spouse.endsWith("0") ? "1" : "0");
        jdbc.update("update member set id_number = ? where id_number = ?", wrong, spouse);
        h = put(bad, QualityRule.Q02, null);
        jdbc.update(
                "update member set sex = case sex when 'MALE' then 'FEMALE' else 'MALE' end where id_number = ?",
                spouseId(h));
        h = put(bad, QualityRule.Q04, null);
        jdbc.update("update member set relation = 'OTHER' where household_id = ? and relation = 'HEAD'", h);
        h = put(bad, QualityRule.Q05, null);
        jdbc.update("update member set relation = 'HEAD' where id_number = ?", spouseId(h));
        h = put(bad, QualityRule.Q06, null);
        jdbc.update("update household set contact_phone = '12345' where id = ?", h);
        h = put(bad, QualityRule.Q07, Category.EXITED);
        jdbc.update("insert into household_income values (?, 2020, 1000, 0, 0, 0, 0)", h);
        put(bad, QualityRule.Q08, Category.POOR);
        h = put(bad, QualityRule.Q09, Category.MONITORED);
        jdbc.update("delete from household_factor where household_id = ? and kind = 'RISK'", h);
        h = put(bad, QualityRule.Q10, Category.MONITORED);
        jdbc.update("update household set risk_eliminated = true where id = ?", h);
        h = put(bad, QualityRule.Q11, null);
        jdbc.update(
                "update household set relocated = true, longitude_before = 114.5, latitude_before = 38.0 where id = ?",
                h);
        h = put(bad, QualityRule.Q12, Category.NEWLY_POOR);
        jdbc.update("update household set identification_month = date '2019-11-01' where id = ?", h);
        h = put(bad, QualityRule.Q13, null);
        jdbc.update(
                "insert into natural_change (household_id, member_id, kind, change_month, recorded_at, recorded_by)"
                        + " select household_id, id, 'DEATH', date '2019-11-01', ?, 'test' from member"
                        + " where id_number = ?",
                Timestamp.from(Instant.now()),
                spouseId(h));
        h = put(bad, QualityRule.Q14, null);
        jdbc.update("update household set category = 'POOR' where id = ?", h);
        dibaoQuarter();
        h = put(bad, QualityRule.Q15, null);
        jdbc.update(
                "insert into dibao_receipt (quarter, id_number, name, county_code, amount, start_date, end_date,"
                        + " import_job_id) select '2020Q4', id_number, name, ?, 300, date '2020-10-01',"
                        + " date '2020-12-31', 0 from member where household_id = ? and relation = 'HEAD'",
                COUNTY,
                h);
        put(bad, QualityRule.Q16, Category.POOR);
        assertThat(bad)
                .hasSize(QualityRule.values().length - 2); // Q03: its own test; QF: from files (ProblemListImportTest)
        return bad;
    }

    private void dibaoQuarter() {
        jdbc.update("delete from dibao_coverage where county_code = ? and quarter = '2020Q4'", COUNTY);
        jdbc.update(
                "insert into dibao_coverage values (?, '2020Q4', 1, 1, 1, 300, 0, ?)",
                COUNTY,
                Timestamp.from(Instant.now()));
    }

    private long put(Map<QualityRule, Long> bad, QualityRule rule, Category category) {
        long h = TestHouseholds.register(households, VILLAGE, category);
        bad.put(rule, h);
        return h;
    }

    private String spouseId(long household) {
        return jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'SPOUSE'", String.class, household);
    }

    private List<String> openRules(long household) {
        return jdbc.queryForList(
                "select rule_code from quality_problem where household_id = ? and live_key is not null",
                String.class,
                household);
    }

    private static RuleCount count(List<RuleCount> counts, String rule) {
        return counts.stream()
                .filter(c -> c.countyCode().equals(COUNTY) && c.ruleCode().equals(rule))
                .findFirst()
                .orElseThrow();
    }
}
