package cn.jiandang.exchange;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A file of incomes by the head's ID number: each bad row reported by line and field as the income form would name it,
 * all-or-nothing writes nothing, valid rows adds the new years with a version, the same file again changes nothing,
 * and a year recorded with other amounts is refused rather than overwritten.
 */
@JiandangSpringTest
class IncomeImportTest {

    @Autowired
    ImportJobs imports;

    @Autowired
    ImportWorker worker;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> lines = new ArrayList<>(List.of(String.join(",", IncomeImport.HEADERS)));
    final List<Object[]> expected = new ArrayList<>();

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void incomesAreCheckedLikeTheFormAndAddedOnceWithoutOverwriting() {
        long a = TestHouseholds.register(households, "130125100201", null);
        long b = TestHouseholds.register(households, "130125100201", null);
        String headA = head(a);
        String headB = head(b);
        String spouseA = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'SPOUSE'", String.class, a);
        jdbc.update("insert into household_income values (?, 2018, 1000, 0, 0, 0, 0)", b);
        row(headA, "2019", "6000", "2000", "0", "1500", "500");
        row(headA, "2020", "6500.50", "0", "0", "0", "0");
        row(headB, "2018", "1000", "0", "0", "0", "0");
        bad("year", headA, "2019", "1", "1", "1", "1", "1");
        bad("headIdNumber", spouseA, "2019", "1", "1", "1", "1", "1");
        bad("headIdNumber", TestHouseholds.newIdNumber(), "2019", "1", "1", "1", "1", "1");
        bad("headIdNumber", "1301251990", "2019", "1", "1", "1", "1", "1");
        bad("year", headB, "二〇一九", "1", "1", "1", "1", "1");
        bad("year", headB, String.valueOf(Year.now().getValue() + 1), "1", "1", "1", "1", "1");
        bad("year", headB, "2012", "1", "1", "1", "1", "1");
        bad("wages", headB, "2017", "-1", "0", "0", "0", "0");
        bad("production", headB, "2016", "0", "1.234", "0", "0", "0");
        bad("property", headB, "2015", "0", "0", "", "0", "0");
        bad("transfer", headB, "2014", "0", "0", "0", "x", "0");
        bad("year", headB, "2018", "2000", "0", "0", "0", "0");

        ImportJobView none = importFile(ImportMode.ALL_OR_NOTHING);

        assertThat(none.rowsWritten()).isZero();
        assertThat(imports.errors(none.id(), 100))
                .extracting(RowError::line, RowError::field)
                .containsExactlyInAnyOrder(
                        expected.stream().map(e -> tuple(e[0], e[1])).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(incomes(a)).isZero();

        ImportJobView some = importFile(ImportMode.VALID_ROWS);

        assertThat(some.rowsWritten()).isEqualTo(2);
        assertThat(some.rowsUnchanged()).isEqualTo(1);
        assertThat(incomes(a)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select wages from household_income where household_id = ? and income_year = 2018",
                        java.math.BigDecimal.class,
                        b))
                .isEqualByComparingTo("1000");
        int versions =
                jdbc.queryForObject("select count(*) from household_version where household_id = ?", Integer.class, a);

        ImportJobView again = importFile(ImportMode.VALID_ROWS);

        assertThat(again.rowsWritten()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from household_version where household_id = ?", Integer.class, a))
                .isEqualTo(versions);
        TestLogins.login("county2");
        assertThat(importAs("county2").errorCount()).isEqualTo(lines.size() - 1);
        TestLogins.login("province1");
        assertThatThrownBy(() -> imports.submitIncomes("i.csv", new byte[] {1}, ImportMode.VALID_ROWS))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    private ImportJobView importFile(ImportMode mode) {
        TestLogins.login("county1");
        long id = imports.submitIncomes("incomes.csv", bytes(), mode).id();
        return work(id, "county1");
    }

    private ImportJobView importAs(String officer) {
        long id = imports.submitIncomes("incomes.csv", bytes(), ImportMode.VALID_ROWS)
                .id();
        return work(id, officer);
    }

    private ImportJobView work(long id, String officer) {
        TestLogins.logout();
        assertThat(worker.runQueued()).isGreaterThanOrEqualTo(1);
        TestLogins.login(officer);
        ImportJobView job = imports.job(id);
        assertThat(job.status()).as(job.failure()).isEqualTo(ImportStatus.DONE);
        return job;
    }

    private byte[] bytes() {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void row(String... cells) {
        lines.add(String.join(",", cells));
    }

    private void bad(String field, String... cells) {
        row(cells);
        expected.add(new Object[] {lines.size(), field});
    }

    private String head(long household) {
        return jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'", String.class, household);
    }

    private int incomes(long household) {
        return jdbc.queryForObject(
                "select count(*) from household_income where household_id = ?", Integer.class, household);
    }
}
