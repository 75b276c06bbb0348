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
 * Any import file, read from CSV (Commons CSV, UTF-8 with or without BOM) or XLSX (Apache POI, the first sheet, cells
 * as displayed). The header is line 1 and is skipped, not checked by name; columns are by position as in the kind's
 * template; blank rows are left out.
 */
public final class TabularFile {

    private TabularFile() {}

    /** CSV or XLSX by the file's name; anything else is the officer's error. */
    public static String format(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "CSV";
        }
        if (name.endsWith(".xlsx")) {
            return "XLSX";
        }
        throw BusinessException.invalidField("file", "请上传 CSV 或 XLSX 文件（文件名以 .csv 或 .xlsx 结尾）");
    }

    public static List<FileLine> read(String format, byte[] content, List<String> fields) {
        try {
            return "XLSX".equals(format) ? xlsx(content, fields) : csv(content, fields);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException b) {
                throw b;
            }
            throw BusinessException.invalidField(
                    "file", "文件无法读取：请使用模板的格式（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** A template's bytes: UTF-8 with a BOM, so that Excel opens the Chinese header as such. */
    public static byte[] withBom(String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    private static List<FileLine> csv(byte[] content, List<String> fields) throws IOException {
        List<FileLine> lines = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(withoutBom(content)), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(in)) {
            for (CSVRecord r : parser) {
                // one record a line: the templates' cells hold no line breaks
                if (r.getRecordNumber() == 1 || isBlank(r.toList())) {
                    continue;
                }
                lines.add(new FileLine((int) r.getRecordNumber(), fields, r.toList()));
            }
        }
        return lines;
    }

    private static List<FileLine> xlsx(byte[] content, List<String> fields) throws IOException {
        List<FileLine> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < fields.size(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                if (!isBlank(cells)) {
                    lines.add(new FileLine(row.getRowNum() + 1, fields, cells));
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
