package cn.jiandang.household.correction;

import cn.jiandang.household.Wording;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An R7 report as an XLSX workbook, one line per household or member: what moved, from which month to which. POI's
 * streaming writer keeps only a window of rows in memory, so a province's report costs no more heap than a village's.
 */
public final class CorrectionWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] COLUMNS = {"kind", "household", "village", "head", "member", "idNumber", "from", "to"
    };

    private CorrectionWorkbook() {}

    /** Writes the rows with a title line; labels from the wording (the officer's language). */
    public static void write(String title, List<CorrectionRow> rows, Wording w, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet(w.text("registry.correction.xlsx.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(2);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(w.text("registry.correction.xlsx." + COLUMNS[c]));
            }
            int r = 3;
            for (CorrectionRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(w.text("registry.correction.kind." + row.kind()));
                line.createCell(1).setCellValue(row.householdId());
                line.createCell(2).setCellValue(row.villageCode());
                line.createCell(3).setCellValue(row.headName());
                line.createCell(4).setCellValue(row.memberName() == null ? "" : row.memberName());
                line.createCell(5).setCellValue(row.idNumberMasked() == null ? "" : row.idNumberMasked());
                line.createCell(6)
                        .setCellValue(row.from() == null ? "" : row.from().toString());
                line.createCell(7).setCellValue(row.to().toString());
            }
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
