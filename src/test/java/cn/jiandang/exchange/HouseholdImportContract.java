package cn.jiandang.exchange;

import cn.jiandang.TestHouseholds;
import cn.jiandang.household.IdNumber;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A household file with three good households and more than twenty kinds of bad rows: every bad row is reported by
 * line and field; all-or-nothing writes nothing; valid rows writes exactly the good households; the same file again
 * changes nothing; an XLSX file is read the same way. On H2 ({@link HouseholdImportTest}) and PostgreSQL
 * ({@link HouseholdImportPostgresIT}).
 */
abstract class HouseholdImportContract {

    @Autowired
    ImportJobs imports;

    @Autowired
    ImportWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    String village;
    String otherVillage;
    final List<String> lines = new ArrayList<>();
    final List<Object[]> expected = new ArrayList<>();
    final List<String> good = new ArrayList<>();

    @BeforeEach
    void file() {
        List<String> villages = jdbc.queryForList(
                "select code from region where level = 'VILLAGE' and code like '130125%' order by code", String.class);
        village = villages.get(0);
        otherVillage = villages.get(1);
        lines.add(String.join(",", HouseholdFile.HEADERS));
        String h1 = id();
        row(h1, village, "13812345678", "否", "张一", h1, "户主");
        row(h1, village, "13812345678", "否", "李一", id(), "配偶");
        String h2 = id();
        row(h2, village, "0311-86012345", "是", "王二", h2, "HEAD");
        String h3 = id();
        row(h3, otherVillage, "13912345678", "", "赵三", h3, "户主");
        row(h3, otherVillage, "13912345678", "", "赵小三", id(), "子女");
        good.addAll(List.of(h1, h2, h3));
        String wrongCheck = wrongCheck(id());
        bad("headIdNumber", wrongCheck, village, "13812345678", "否", "甲", wrongCheck, "户主");
        bad("headIdNumber", "13012519800101", village, "13812345678", "否", "乙", id(), "配偶");
        String h = id();
        bad("villageCode", h, "1301251002", "13812345678", "否", "丙", h, "户主");
        h = id();
        bad("villageCode", h, "130126101203", "13812345678", "否", "丁", h, "户主");
        h = id();
        bad("villageCode", h, "130125100000", "13812345678", "否", "戊", h, "户主");
        h = id();
        bad("contactPhone", h, village, "", "否", "己", h, "户主");
        h = id();
        bad("contactPhone", h, village, "12345", "否", "庚", h, "户主");
        h = id();
        bad("worksAway", h, village, "13812345678", "也许", "辛", h, "户主");
        h = id();
        bad("name", h, village, "13812345678", "否", "", h, "户主");
        h = id();
        bad("idNumber", h, village, "13812345678", "否", "壬", "13012519800101X23A", "配偶");
        h = id();
        bad("idNumber", h, village, "13812345678", "否", "癸", withCheck("13012519801332001"), "配偶");
        h = id();
        bad("idNumber", h, village, "13812345678", "否", "子", withCheck("99012519800101001"), "配偶");
        h = id();
        bad("relation", h, village, "13812345678", "否", "丑", id(), "朋友");
        h = id();
        bad("relation", h, village, "13812345678", "否", "寅", id(), "");
        h = id();
        bad("relation", h, village, "13812345678", "否", "卯", id(), "户主");
        h = id();
        bad("relation", h, village, "13812345678", "否", "辰", h, "配偶");
        h = id();
        row(h, village, "13812345678", "否", "酉", h, "户主");
        bad("idNumber", h, village, "13812345678", "否", "王二", h2, "配偶"); // twice in the file
        h = id();
        bad("headIdNumber", h, village, "13812345678", "否", "巳", id(), "配偶"); // no row of the head
        h = id();
        row(h, village, "13812345678", "否", "午", h, "户主");
        bad("villageCode", h, otherVillage, "13812345678", "否", "午妻", id(), "配偶");
        h = id();
        row(h, village, "13812345678", "否", "未", h, "户主");
        bad("contactPhone", h, village, "13812345679", "否", "未妻", id(), "配偶");
        String registered = jdbc.queryForObject(
                "select min(id_number) from member where relation = 'SPOUSE' and household_id in"
                        + " (select id from household where village_code like '130125%')",
                String.class);
        h = id();
        row(h, village, "13812345678", "否", "申", h, "户主");
        bad("idNumber", h, village, "13812345678", "否", "已登记", registered, "配偶");
        h = id();
        bad("name", h, village, "13812345678", "否", "  ", h, "户主");
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void allOrNothingReportsEveryBadRowByLineAndFieldAndWritesNothing() {
        ImportJobView job = importCsv(ImportMode.ALL_OR_NOTHING);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.rowsWritten()).isZero();
        assertThat(job.rowsTotal()).isEqualTo(lines.size() - 1);
        assertThat(imports.errors(job.id(), 1000))
                .extracting(RowError::line, RowError::field)
                .contains(expected.stream().map(e -> tuple(e[0], e[1])).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(members(good)).isZero();
    }

    @Test
    void validRowsKeepsTheGoodHouseholdsAndTheSameFileAgainChangesNothing() {
        ImportJobView job = importCsv(ImportMode.VALID_ROWS);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.householdsCreated()).isEqualTo(3);
        assertThat(job.rowsWritten()).isEqualTo(5);
        assertThat(members(good)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from member m join household h on h.id = m.household_id"
                                + " where h.id = (select household_id from member where id_number = ?)",
                        Integer.class,
                        good.get(0)))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select contact_phone from household where id = (select household_id from member"
                                + " where id_number = ?)",
                        String.class,
                        good.get(1)))
                .isEqualTo("0311-86012345");
        String written = "(select household_id from member where id_number in ('" + String.join("','", good) + "'))";
        assertThat(jdbc.queryForObject(
                        "select count(*) from household_membership where left_month is null and household_id in "
                                + written,
                        Integer.class))
                .as("a membership for each of the five members")
                .isEqualTo(5);
        assertThat(jdbc.queryForList(
                        "select procedure from household_version where version_no = 1 and household_id in " + written,
                        String.class))
                .containsExactly("IMPORT", "IMPORT", "IMPORT");
        assertThat(jdbc.queryForList(
                        "select a.detail from audit_entry a join household h on a.entity_id = cast(h.id as varchar(20))"
                                + " and a.household_id = h.id and a.region_code = h.village_code"
                                + " where a.action = 'CREATE' and a.entity_type = 'Household' and h.id in " + written,
                        String.class))
                .as("one entry per household, naming the import job")
                .containsExactly(
                        "导入任务 " + job.id() + "（county1）",
                        "导入任务 " + job.id() + "（county1）",
                        "导入任务 " + job.id() + "（county1）");
        int households = jdbc.queryForObject("select count(*) from household", Integer.class);

        ImportJobView again = importCsv(ImportMode.VALID_ROWS);

        assertThat(again.rowsWritten()).isZero();
        assertThat(again.householdsCreated()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class))
                .isEqualTo(households);
    }

    @Test
    void anXlsxFileIsCheckedAndWrittenLikeACsvFile() throws IOException {
        TestLogins.login("county1");
        String head = id();
        String badPhone = id();
        byte[] xlsx = xlsx(
                List.of(head, village, "13812345678", "否", "表一", head, "户主"),
                List.of(badPhone, village, "1234", "否", "表二", badPhone, "户主"));
        long id = imports.submit("households.xlsx", xlsx, ImportMode.VALID_ROWS).id();
        TestLogins.logout();
        worker.runQueued();
        TestLogins.login("county1");

        assertThat(imports.job(id).householdsCreated()).isEqualTo(1);
        assertThat(imports.errors(id, 10))
                .extracting(RowError::line, RowError::field)
                .containsExactly(tuple(3, "contactPhone"));
        assertThat(members(List.of(head))).isEqualTo(1);
    }

    @Test
    void onlyOfficersWhoRegisterHouseholdsImportAndAnUnknownFileTypeIsRefused() {
        TestLogins.login("province1");
        assertThatThrownBy(() -> imports.submit("a.csv", new byte[] {1}, ImportMode.VALID_ROWS))
                .isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login("county1");
        assertThatThrownBy(() -> imports.submit("a.txt", new byte[] {1}, ImportMode.VALID_ROWS))
                .hasMessageContaining("CSV 或 XLSX");
    }

    private ImportJobView importCsv(ImportMode mode) {
        TestLogins.login("county1");
        byte[] csv = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        long id = imports.submit("households.csv", csv, mode).id();
        assertThat(imports.job(id).status()).isEqualTo(ImportStatus.QUEUED);
        TestLogins.logout();
        assertThat(worker.runQueued()).isGreaterThanOrEqualTo(1);
        TestLogins.login("county1");
        return imports.job(id);
    }

    private int members(List<String> ids) {
        return ids.stream()
                .mapToInt(i -> jdbc.queryForObject("select count(*) from member where id_number = ?", Integer.class, i))
                .sum();
    }

    private void row(String... cells) {
        lines.add(String.join(",", cells));
    }

    private void bad(String field, String... cells) {
        row(cells);
        expected.add(new Object[] {lines.size(), field});
    }

    private static String id() {
        return TestHouseholds.newIdNumber();
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String wrongCheck(String valid) {
        return valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
    }

    @SafeVarargs
    private static byte[] xlsx(List<String>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < HouseholdFile.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HouseholdFile.HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
