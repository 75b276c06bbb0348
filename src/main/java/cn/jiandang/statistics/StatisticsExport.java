package cn.jiandang.statistics;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Any dashboard table as an XLSX workbook, with the region code, the day and who exported it above the rows, and
 * an audit entry naming the table, region, day and row count. Apache POI's SXSSF writer streams rows to a temporary
 * file with a window of 100 in memory, so a table of every village of a province costs no more heap than a short one.
 */
@Service
public class StatisticsExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final RegionAccess access;
    private final CurrentOfficer current;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    StatisticsExport(
            RegionAccess access,
            CurrentOfficer current,
            AuditLog audit,
            Clock clock,
            @Value("${jiandang.statistics.zone:Asia/Shanghai}") ZoneId zone) {
        this.access = access;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** "统计-130125000000-2020-05-01.xlsx": the region and day in the file name too. */
    public static String fileName(String prefix, ExportTable table) {
        return prefix + "-" + table.region().value() + "-" + table.day() + ".xlsx";
    }

    /** Writes the workbook; the export is audited in the same transaction. */
    @Transactional
    public void write(ExportTable table, OutputStream out) {
        access.checkRead(table.region());
        Officer officer = current.require();
        audit.record(
                AuditActions.EXPORT,
                "Statistics",
                table.title(),
                null,
                table.region(),
                "XLSX " + table.day() + ", " + table.rows().size() + " rows");
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(table.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            text(sheet.createRow(r++), bold, table.title());
            text(
                    sheet.createRow(r++),
                    null,
                    table.heading().region(),
                    table.region().value(),
                    table.regionName());
            text(sheet.createRow(r++), null, table.heading().day(), table.day().toString());
            text(sheet.createRow(r++), null, table.heading().exportedBy(), officer.displayName(), officer.username());
            text(
                    sheet.createRow(r++),
                    null,
                    table.heading().exportedAt(),
                    ZonedDateTime.now(clock.withZone(zone)).format(AT));
            r++;
            text(sheet.createRow(r++), bold, table.headers().toArray(String[]::new));
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary file is already deleted by dispose()
            }
        }
    }

    private static void text(Row row, CellStyle style, String... values) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Sheet names may not hold []:*?/\ and are at most 31 characters. */
    static String safeSheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return name.isEmpty() ? "Sheet1" : name.substring(0, Math.min(31, name.length()));
    }
}
