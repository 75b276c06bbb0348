package cn.jiandang.exchange.ui;

import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.RowError;
import cn.jiandang.exchange.TabularFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bad rows of a job as a CSV file (line, field, what to fix), for the officer to correct the file beside it; read
 * through {@link ImportJobs#errors} so that only the job's own officer gets it.
 */
final class ImportReport {

    /** The page lists this many bad rows; the report holds all a job may store. */
    static final int MAX_ROWS_SHOWN = 1000;

    static final int MAX_ROWS_REPORTED = 100_000;

    private ImportReport() {}

    static Anchor link(ImportJobs imports, Supplier<ImportJobView> job, Function<String, String> fieldLabel) {
        Anchor link = new Anchor();
        // the headers in the page's language, read now: the download runs outside the page's request
        String[] headers = {
            link.getTranslation("import.error.line"),
            link.getTranslation("import.error.field"),
            link.getTranslation("import.error.message")
        };
        DownloadHandler handler = event -> {
            ImportJobView shown = job.get();
            event.setFileName("import-" + shown.id() + "-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(TabularFile.withBom(csv(imports, shown.id(), fieldLabel, headers)));
        };
        link.setHref(handler);
        link.setText(link.getTranslation("import.report"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static String csv(ImportJobs imports, long id, Function<String, String> fieldLabel, String... headers) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(headers).get())) {
            for (RowError e : imports.errors(id, MAX_ROWS_REPORTED)) {
                printer.printRecord(e.line(), fieldLabel.apply(e.field()), e.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
