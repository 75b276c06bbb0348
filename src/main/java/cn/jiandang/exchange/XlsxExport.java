package cn.jiandang.exchange;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list of any length as an XLSX workbook, streamed: the caller feeds rows page by page (keyset pages of its own
 * query), Apache POI's SXSSF keeps a window of 100 rows in memory and the rest in a temporary file, and the export is
 * audited with its row count in the same transaction.
 */
@Service
public class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Receives the rows of the list, in order. */
    public interface Rows {
        void add(List<?> values);
    }

    private final RegionAccess access;
    private final AuditLog audit;

    XlsxExport(RegionAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Writes the header and whatever {@code producer} adds; returns the number of rows. */
    @Transactional
    public int write(String list, RegionCode region, List<String> headers, Consumer<Rows> producer, OutputStream out) {
        access.checkRead(region);
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        int[] count = {0};
        try {
            SXSSFSheet sheet = workbook.createSheet("list");
            row(sheet.createRow(0), headers);
            producer.accept(values -> row(sheet.createRow(++count[0]), values));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // dispose() has removed the temporary file
            }
        }
        audit.record(AuditActions.EXPORT, list, region.value(), null, region, "XLSX, " + count[0] + " rows");
        return count[0];
    }

    private static void row(Row row, List<?> values) {
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
}
