package cn.jiandang.household.search;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.household.Category;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * A household list (any filters of the search) as XLSX, streamed: read by the search's keyset pages and written by
 * POI's SXSSF with a window of 100 rows, so a county of 100,000 households is never in memory at once; heads' ID
 * numbers masked as in the list; audited with its row count.
 */
@Service
public class HouseholdListExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HouseholdSearch search;
    private final AuditLog audit;

    HouseholdListExport(HouseholdSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    /**
     * {@code headers}: village, head, head's ID, category, members; {@code category} labels a household's category in
     * the officer's language (null: an ordinary household). Returns the number of households written.
     */
    @Transactional
    public int write(
            HouseholdQuery query, List<String> headers, Function<Category, String> category, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        int count = 0;
        try {
            SXSSFSheet sheet = workbook.createSheet("households");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            SearchCursor after = null;
            do {
                SearchPage page = search.page(query, after, HouseholdSearch.MAX_PAGE_SIZE);
                for (var h : page.rows()) {
                    Row row = sheet.createRow(++count);
                    row.createCell(0).setCellValue(h.villageCode().value());
                    row.createCell(1).setCellValue(h.headName() == null ? "" : h.headName());
                    row.createCell(2).setCellValue(h.headIdMasked() == null ? "" : h.headIdMasked());
                    row.createCell(3).setCellValue(category.apply(h.category()));
                    row.createCell(4).setCellValue(h.size());
                }
                after = page.next();
            } while (after != null);
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
        audit.record(
                AuditActions.EXPORT,
                "HouseholdList",
                query.scope().value(),
                null,
                query.scope(),
                "XLSX, " + count + " rows");
        return count;
    }
}
