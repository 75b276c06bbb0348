package cn.jiandang.statistics;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dashboard table as XLSX: region code, day and exporter above the rows; audited; only within the region. */
@JiandangSpringTest
class StatisticsExportTest {

    @Autowired
    StatisticsExport export;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theWorkbookNamesRegionDayAndExporterAndTheExportIsAudited() throws Exception {
        TestLogins.login("county1");
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        ExportTable table = table("130125000000", 3000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.write(table, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("下级区划");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("130125000000");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2020-05-01");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("county1");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("区划代码");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("130125100000");
            assertThat(sheet.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(0);
            // streamed past SXSSF's window of 100 rows: every row is there
            assertThat(sheet.getLastRowNum()).isEqualTo(6 + 3000);
            assertThat(sheet.getRow(6 + 3000).getCell(1).getNumericCellValue()).isEqualTo(2999);
        }
        assertThat(jdbc.queryForList(
                        "select actor, region_code, detail from audit_entry where id > ? and action = 'EXPORT'",
                        before))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("ACTOR") == null ? row.get("actor") : row.get("ACTOR"))
                            .isEqualTo("county1");
                    assertThat(String.valueOf(row.values())).contains("130125000000", "2020-05-01", "3000 rows");
                });
    }

    @Test
    void anotherRegionsTableIsRefused() {
        TestLogins.login("county1");
        assertThatThrownBy(() -> export.write(table("130126000000", 1), new ByteArrayOutputStream()))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    private static ExportTable table(String region, int rows) {
        return new ExportTable(
                "下级区划",
                RegionCode.of(region),
                "行唐县",
                LocalDate.of(2020, 5, 1),
                List.of("区划代码", "户数"),
                IntStream.range(0, rows)
                        .mapToObj(i -> List.<Object>of("130125100000", i))
                        .toList(),
                new ExportTable.Heading("行政区划", "统计日期", "导出人", "导出时间"));
    }
}
