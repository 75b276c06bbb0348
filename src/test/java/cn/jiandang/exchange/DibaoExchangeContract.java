package cn.jiandang.exchange;

import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A quarter's 低保 file (R15) for 灵寿县: bad rows reported by line and field, all-or-nothing writes nothing, valid rows
 * become receipts matched to members by ID number (a stranger kept and listed as unmatched), the same file again
 * changes nothing, a later file of the quarter removes who is no longer listed; the coverage per county and quarter
 * and each household's quarters show a quarter without data as missing, never zero. On H2 ({@link DibaoExchangeTest})
 * and PostgreSQL ({@link DibaoExchangePostgresIT}).
 */
abstract class DibaoExchangeContract {

    static final String COUNTY = "130126000000";

    @Autowired
    DibaoExchange exchange;

    @Autowired
    ImportJobs imports;

    @Autowired
    ImportWorker worker;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    String village;
    long receiving;
    long notReceiving;
    String head;
    String spouse;
    String stranger;
    final List<String> lines = new ArrayList<>();
    final List<Object[]> expected = new ArrayList<>();

    @BeforeEach
    void seed() {
        village = jdbc.queryForObject(
                "select min(code) from region where level = 'VILLAGE' and code like '130126%'", String.class);
        receiving = TestHouseholds.register(households, village, Category.POOR);
        notReceiving = TestHouseholds.register(households, village, Category.POOR);
        head = idOf(receiving, "HEAD");
        spouse = idOf(receiving, "SPOUSE");
        stranger = TestHouseholds.newIdNumber();
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void badRowsAreReportedByLineAndFieldAndAllOrNothingWritesNothing() {
        file("2019Q1");
        bad(
                "idNumber",
                stranger.substring(0, 17) + (stranger.endsWith("0") ? "1" : "0"),
                "甲",
                COUNTY,
                "100",
                "2019-01",
                "2019-03",
                "");
        row(head, "户主", COUNTY, "100", "2019-01", "2019-03", "2019Q1");
        bad("idNumber", head, "户主重复", COUNTY, "100", "2019-01", "2019-03", "2019Q1");
        bad("name", TestHouseholds.newIdNumber(), "", COUNTY, "100", "2019-01", "2019-03", "");
        bad("countyCode", TestHouseholds.newIdNumber(), "乙", "1301260", "100", "2019-01", "2019-03", "");
        bad("countyCode", TestHouseholds.newIdNumber(), "丙", "140100000000", "100", "2019-01", "2019-03", "");
        bad("countyCode", TestHouseholds.newIdNumber(), "丁", "130126100000", "100", "2019-01", "2019-03", "");
        bad("amount", TestHouseholds.newIdNumber(), "戊", COUNTY, "-5", "2019-01", "2019-03", "");
        bad("amount", TestHouseholds.newIdNumber(), "己", COUNTY, "十元", "2019-01", "2019-03", "");
        bad("amount", TestHouseholds.newIdNumber(), "庚", COUNTY, "1.234", "2019-01", "2019-03", "");
        bad("startMonth", TestHouseholds.newIdNumber(), "辛", COUNTY, "100", "一月", "2019-03", "");
        bad("endMonth", TestHouseholds.newIdNumber(), "壬", COUNTY, "100", "2019-03", "2019-01", "");
        bad("startMonth", TestHouseholds.newIdNumber(), "癸", COUNTY, "100", "2018-01", "2018-06", "");
        bad("quarter", TestHouseholds.newIdNumber(), "子", COUNTY, "100", "2019-01", "2019-03", "2019Q2");

        ImportJobView job = importFile("2019Q1", ImportMode.ALL_OR_NOTHING);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.rowsWritten()).isZero();
        assertThat(imports.errors(job.id(), 100))
                .extracting(RowError::line, RowError::field)
                .containsExactlyInAnyOrder(
                        expected.stream().map(e -> tuple(e[0], e[1])).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(receipts("2019Q1")).isZero();
        assertThat(cell("2019Q1").status()).isEqualTo(DibaoCoverage.Status.MISSING);
    }

    @Test
    void validRowsAreMatchedByIdNumberAndTheSameFileAgainChangesNothing() {
        file("2019Q2");
        row(head, "户主", COUNTY, "320.50", "2019-04", "2019-06", "2019Q2");
        row(spouse, "配偶", COUNTY, "100", "2019-04", "2019-06", "");
        row(stranger, "外人", COUNTY, "200", "2019-01", "2019-12", "2019Q2");
        bad("amount", TestHouseholds.newIdNumber(), "丑", COUNTY, "", "2019-04", "2019-06", "");

        ImportJobView job = importFile("2019Q2", ImportMode.VALID_ROWS);

        assertThat(job.rowsWritten()).isEqualTo(3);
        assertThat(job.errorCount()).isEqualTo(1);
        assertThat(job.rowsUnmatched()).isEqualTo(1);
        TestLogins.login("province1");
        assertThat(exchange.unmatched(job.id(), 0, 10))
                .extracting(UnmatchedRow::line, UnmatchedRow::name)
                .containsExactly(tuple(4, "外人"));
        assertThat(exchange.unmatched(job.id(), 0, 10).get(0).idNumber()).doesNotContain(stranger.substring(4, 14));
        DibaoCoverage.Cell cell = cell("2019Q2");
        assertThat(cell.status()).isEqualTo(DibaoCoverage.Status.DELIVERED);
        assertThat(cell.recipients()).isEqualTo(3);
        assertThat(cell.matched()).isEqualTo(2);
        assertThat(cell.households()).isEqualTo(1);
        assertThat(cell.amount()).isEqualByComparingTo(new BigDecimal("620.50"));
        Object coveredAt = jdbc.queryForObject(
                "select imported_at from dibao_coverage where county_code = ? and quarter = '2019Q2'",
                Object.class,
                COUNTY);

        ImportJobView again = importFile("2019Q2", ImportMode.VALID_ROWS);

        assertThat(again.rowsWritten()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(3);
        assertThat(receipts("2019Q2")).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select imported_at from dibao_coverage where county_code = ? and quarter = '2019Q2'",
                        Object.class,
                        COUNTY))
                .isEqualTo(coveredAt);
        assertThat(jdbc.queryForObject(
                        "select count(*) from dibao_receipt where quarter = '2019Q2' and import_job_id = ?",
                        Integer.class,
                        again.id()))
                .isZero();

        lines.remove(3);
        lines.remove(3);
        ImportJobView later = importFile("2019Q2", ImportMode.VALID_ROWS);

        assertThat(later.rowsWritten()).isEqualTo(1);
        assertThat(receipts("2019Q2")).isEqualTo(2);
        assertThat(cell("2019Q2").recipients()).isEqualTo(2);
        assertThat(cell("2019Q2").matched()).isEqualTo(2);
    }

    @Test
    void aHouseholdShowsReceivedNotReceivedAndMissingQuartersNeverZero() {
        file("2019Q3");
        row(head, "户主", COUNTY, "300", "2019-07", "2019-09", "2019Q3");
        importFile("2019Q3", ImportMode.ALL_OR_NOTHING);
        TestLogins.login("county2");

        List<HouseholdDibao> quarters = exchange.household(receiving);

        HouseholdDibao q3 = quarter(quarters, "2019Q3");
        assertThat(q3.state()).isEqualTo(HouseholdDibao.State.RECEIVED);
        assertThat(q3.receipts()).singleElement().satisfies(r -> {
            assertThat(r.idNumber()).isNotEqualTo(head).matches("\\d{4}\\*{10}[0-9X]{4}");
            assertThat(r.amount()).isEqualByComparingTo("300");
        });
        assertThat(quarter(quarters, "2018Q1").state()).isEqualTo(HouseholdDibao.State.MISSING);
        assertThat(quarter(quarters, "2018Q1").receipts()).isEmpty();
        assertThat(quarter(exchange.household(notReceiving), "2019Q3").state())
                .isEqualTo(HouseholdDibao.State.NOT_RECEIVED);
        DibaoCoverage table =
                exchange.coverage(RegionCode.of(COUNTY), Quarter.parse("f", "2018Q1"), Quarter.parse("t", "2019Q4"));
        assertThat(table.quarters()).hasSize(8).startsWith("2018Q1").endsWith("2019Q4");
        assertThat(table.counties())
                .singleElement()
                .satisfies(c -> assertThat(c.cells().get(0))
                        .isEqualTo(new DibaoCoverage.Cell(
                                "2018Q1", DibaoCoverage.Status.MISSING, null, null, null, null)));
        TestLogins.login("county1");
        assertThatThrownBy(() -> exchange.household(receiving)).isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> exchange.coverage(
                        RegionCode.of(COUNTY), Quarter.parse("f", "2018Q1"), Quarter.parse("t", "2018Q2")))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void onlyProvinceOfficersAndTheCentreImportAndTheQuarterIsChecked() {
        TestLogins.login("county2");
        assertThatThrownBy(() -> exchange.submit("2019Q1", "a.csv", new byte[] {1}, ImportMode.VALID_ROWS))
                .isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login("province1");
        assertThatThrownBy(() -> exchange.submit("2019Q5", "a.csv", new byte[] {1}, ImportMode.VALID_ROWS))
                .hasMessageContaining("2020Q1");
        assertThatThrownBy(() -> exchange.submit("2099Q1", "a.csv", new byte[] {1}, ImportMode.VALID_ROWS))
                .hasMessageContaining("还没有开始");
    }

    ImportJobView importFile(String quarter, ImportMode mode) {
        TestLogins.login("province1");
        byte[] csv = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        long id =
                exchange.submit(quarter, "dibao-" + quarter + ".csv", csv, mode).id();
        TestLogins.logout();
        assertThat(worker.runQueued()).isGreaterThanOrEqualTo(1);
        TestLogins.login("province1");
        ImportJobView job = imports.job(id);
        assertThat(job.status()).as(job.failure()).isEqualTo(ImportStatus.DONE);
        return job;
    }

    void file(String quarter) {
        lines.clear();
        lines.add(String.join(",", DibaoRows.HEADERS));
    }

    void row(String... cells) {
        lines.add(String.join(",", cells));
    }

    private void bad(String field, String... cells) {
        row(cells);
        expected.add(new Object[] {lines.size(), field});
    }

    private DibaoCoverage.Cell cell(String quarter) {
        TestLogins.login("province1");
        Quarter q = Quarter.parse("quarter", quarter);
        return exchange.coverage(RegionCode.of("130000000000"), q, q).counties().stream()
                .filter(c -> c.code().equals(COUNTY))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(0);
    }

    private int receipts(String quarter) {
        return jdbc.queryForObject(
                "select count(*) from dibao_receipt where quarter = ? and county_code = ?",
                Integer.class,
                quarter,
                COUNTY);
    }

    private String idOf(long household, String relation) {
        return jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = ?",
                String.class,
                household,
                relation);
    }

    private static HouseholdDibao quarter(List<HouseholdDibao> quarters, String q) {
        return quarters.stream().filter(d -> d.quarter().equals(q)).findFirst().orElseThrow();
    }
}
