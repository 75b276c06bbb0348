package cn.jiandang.quality;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.ImportStatus;
import cn.jiandang.exchange.RowError;
import cn.jiandang.exchange.TestImports;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A problem list issued as a file: bad rows by line and field, all-or-nothing writes nothing, valid rows become the
 * open problems of a FILE run that the county's list issues as rectification, the same file again adds nothing, and a
 * later rule run leaves a problem only the file names (QF) open.
 */
@JiandangSpringTest
class ProblemListImportTest {

    @Autowired
    ProblemListImport problemLists;

    @Autowired
    ImportJobs imports;

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

    final List<String> lines = new ArrayList<>(List.of(String.join(",", ProblemListImport.HEADERS)));
    final List<Object[]> expected = new ArrayList<>();

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aFileOfProblemsBecomesARunWhoseCountyListIsIssuedAsRectification() {
        long a = TestHouseholds.register(households, "130125100201", null);
        long b = TestHouseholds.register(households, "130125100201", null);
        row(head(a), "", "家庭人口与实际不符，请核实");
        row(head(b), "q09", "风险未登记，核实后补录");
        bad("headIdNumber", "1301251990", "", "x");
        bad("headIdNumber", TestHouseholds.newIdNumber(), "", "不存在的户");
        bad("headIdNumber", spouse(a), "", "配偶不是户主");
        bad("ruleCode", head(a), "Q99", "未知规则");
        bad("problem", head(b), "Q01", "");
        bad("ruleCode", head(a), "", "同一户同一规则两次");

        ImportJobView none = importFile(ImportMode.ALL_OR_NOTHING);

        assertThat(none.rowsWritten()).isZero();
        TestLogins.login("province1");
        assertThat(imports.errors(none.id(), 100))
                .extracting(RowError::line, RowError::field)
                .containsExactlyInAnyOrder(
                        expected.stream().map(e -> tuple(e[0], e[1])).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(open(a)).isEmpty();

        ImportJobView some = importFile(ImportMode.VALID_ROWS);

        assertThat(some.rowsWritten()).isEqualTo(2);
        assertThat(open(a)).containsExactly("QF");
        assertThat(open(b)).containsExactly("Q09");
        long run = jdbc.queryForObject(
                "select first_run_id from quality_problem where household_id = ? and live_key is not null",
                Long.class,
                a);
        TestLogins.login("province1");
        assertThat(quality.run(run).trigger()).isEqualTo("FILE");
        assertThat(quality.run(run).status()).isEqualTo(RunStatus.DONE);
        assertThat(quality.problems(run, RegionCode.of("130125000000"), "QF", 0, 1000))
                .anySatisfy(p -> {
                    assertThat(p.householdId()).isEqualTo(a);
                    assertThat(p.message()).isEqualTo("家庭人口与实际不符，请核实");
                });
        assertThat(quality.issue(
                        run, RegionCode.of("130125000000"), LocalDate.now().plusDays(30)))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select rectification_case from quality_problem where household_id = ? and rule_code = 'QF'",
                        Long.class,
                        a))
                .isNotNull();

        ImportJobView again = importFile(ImportMode.VALID_ROWS);

        assertThat(again.rowsWritten()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(2);
        TestLogins.login("province1");
        quality.request(RegionCode.of("130125000000"));
        TestLogins.logout();
        worker.runQueued();
        assertThat(open(a)).containsExactly("QF");
        TestLogins.login("county1");
        assertThatThrownBy(() -> problemLists.submit("p.csv", new byte[] {1}, ImportMode.VALID_ROWS))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    private ImportJobView importFile(ImportMode mode) {
        TestLogins.login("province1");
        byte[] csv = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        long id = problemLists.submit("problems.csv", csv, mode).id();
        TestLogins.logout();
        assertThat(TestImports.runQueued(context)).isGreaterThanOrEqualTo(1);
        TestLogins.login("province1");
        ImportJobView job = imports.job(id);
        assertThat(job.status()).as(job.failure()).isEqualTo(ImportStatus.DONE);
        return job;
    }

    private void row(String... cells) {
        lines.add(String.join(",", cells));
    }

    private void bad(String field, String... cells) {
        row(cells);
        expected.add(new Object[] {lines.size(), field});
    }

    private String head(long household) {
        return member(household, "HEAD");
    }

    private String spouse(long household) {
        return member(household, "SPOUSE");
    }

    private String member(long household, String relation) {
        return jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = ?",
                String.class,
                household,
                relation);
    }

    private List<String> open(long household) {
        return jdbc.queryForList(
                "select rule_code from quality_problem where household_id = ? and live_key is not null",
                String.class,
                household);
    }
}
