package cn.jiandang.rectification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R14: the province exports the app-reported problems as XLSX, desensitised like the page (place names hidden, ID
 * numbers masked), every report of its province in the file, the export audited; nobody else may export them.
 */
@JiandangSpringTest
class AppReportExportTest {

    @Autowired
    AppReports reports;

    @Autowired
    AppReportExport export;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theProvinceExportsTheAppReportsWithPlaceNamesHiddenAndIdNumbersMasked() throws IOException {
        long household = TestHouseholds.register(households, "130125100201", null);
        String id = TestHouseholds.newIdNumber();
        TestLogins.login("centre");
        long reported = reports.reportFromApp(
                household,
                "龙州镇东关村村民 " + id + " 反映：我家去年已脱贫，系统仍显示贫困户",
                LocalDate.now().plusDays(10));
        TestLogins.login("province1");
        int expected = jdbc.queryForObject(
                "select count(*) from rectification_case where source = 'APP_REPORT' and region_code like '13%'",
                Integer.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int rows = export.write(
                List.of("id", "at", "type", "description", "status", "deadline", "overdue"),
                ProblemType::name,
                RectificationStatus::name,
                overdue -> overdue ? "overdue" : "",
                out);

        assertThat(rows).isEqualTo(expected).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(expected);
            Row row = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ((long) sheet.getRow(r).getCell(0).getNumericCellValue() == reported) {
                    row = sheet.getRow(r);
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("RECORDS_DIFFER");
            assertThat(row.getCell(3).getStringCellValue())
                    .doesNotContain("东关村", "龙州镇", id)
                    .contains(id.substring(0, 4) + "**********" + id.substring(14))
                    .endsWith("反映：我家去年已脱贫，系统仍显示贫困户");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'AppReports'"
                                + " and actor = 'province1' and detail = ?",
                        Integer.class,
                        "XLSX, " + expected + " rows"))
                .isPositive();
        TestLogins.login("county1");
        assertThatThrownBy(() -> export.write(List.of(), ProblemType::name, RectificationStatus::name, o -> "", out))
                .isInstanceOf(RegionAccessDeniedException.class);
    }
}
