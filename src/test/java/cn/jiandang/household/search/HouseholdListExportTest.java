package cn.jiandang.household.search;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The household list of a province exports every household of the query (over many search pages), audited. */
@JiandangSpringTest
class HouseholdListExportTest {

    @Autowired
    HouseholdListExport export;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aProvincesListIsWrittenPageByPageWithMaskedIdsAndTheExportIsAudited() throws IOException {
        TestLogins.login("province1");
        RegionCode province = RegionCode.of("130000000000");
        int households =
                jdbc.queryForObject("select count(*) from household where village_code like '13%'", Integer.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = export.write(
                HouseholdQuery.in(province),
                List.of("village", "head", "id", "category", "size"),
                c -> c == null ? "-" : c.name(),
                out);

        assertThat(written).isEqualTo(households).isGreaterThan(HouseholdSearch.MAX_PAGE_SIZE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(households);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).contains("**********");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("13");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'HouseholdList'"
                                + " and actor = 'province1' and detail = ?",
                        Integer.class,
                        "XLSX, " + households + " rows"))
                .isEqualTo(1);
    }
}
