package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The household file's layout, one row per member, and its reading from CSV (Commons CSV, UTF-8 with or without BOM)
 * or XLSX (Apache POI, the first sheet, cells as displayed). The header is line 1 and is not checked by name, only
 * skipped; columns are by position as in the template.
 */
final class HouseholdFile {

    /** Field names (as errors and the API name them) and the template's Chinese headers, in column order. */
    static final List<String> FIELDS =
            List.of("headIdNumber", "villageCode", "contactPhone", "worksAway", "name", "idNumber", "relation");

    static final List<String> HEADERS = List.of("户主身份证号", "村代码", "联系电话", "是否外出务工", "姓名", "身份证号", "与户主关系");

    /** One data row: its line and its cells, blank cells as empty strings. */
    record Line(int line, List<String> cells) {
        String get(String field) {
            int i = FIELDS.indexOf(field);
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    private HouseholdFile() {}

    static String format(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "CSV";
        }
        if (name.endsWith(".xlsx")) {
            return "XLSX";
        }
        throw BusinessException.invalidField("file", "请上传 CSV 或 XLSX 文件（文件名以 .csv 或 .xlsx 结尾）");
    }

    static List<Line> read(String format, byte[] content) {
        try {
            return "XLSX".equals(format) ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException b) {
                throw b;
            }
            throw BusinessException.invalidField(
                    "file", "文件无法读取：请使用模板的格式（" + e.getClass().getSimpleName() + "）");
        }
    }

    /**
     * The template: the header and one example household of two members whose numbers are shown masked, as a format
     * to follow: no full ID or phone number leaves the system, not even an invented one (the privacy suite greps every
     * answer), and an unedited template is refused row by row rather than imported as a household.
     */
    static String templateCsv() {
        return String.join(",", HEADERS) + "\r\n"
                + "130125********1231,130125100201,138****5678,否,王建国,130125********1231,户主\r\n"
                + "130125********1231,130125100201,138****5678,否,李秀英,130125********0022,配偶\r\n";
    }

    private static List<Line> csv(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(withoutBom(content)), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(in)) {
            for (CSVRecord r : parser) {
                // one record a line: the template's cells hold no line breaks
                int line = (int) r.getRecordNumber();
                if (r.getRecordNumber() == 1 || isBlank(r.toList())) {
                    continue;
                }
                lines.add(new Line(line, r.toList()));
            }
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < FIELDS.size(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                if (!isBlank(cells)) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
        }
        return lines;
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static byte[] withoutBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Arrays.copyOfRange(b, 3, b.length);
        }
        return b;
    }
}
