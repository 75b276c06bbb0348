package cn.jiandang.exchange.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.TabularFile;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * 农户导入: households or incomes (one row per household and year, by the head's ID number), the template, and the
 * {@link ImportJobPanel} (mode, upload, progress while the background import runs, bad rows by line and field), and
 * the officer's earlier imports to look at again.
 */
@Route("imports")
@Menu(title = "import.menu", order = 6)
@RolesAllowed({"VILLAGE_OFFICER", "TOWNSHIP_OFFICER", "COUNTY_OFFICER"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** The kind of a file of incomes, one row per household and year. */
    static final String INCOMES = "INCOMES";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ImportJobs imports;
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final Grid<ImportJobView> jobs = new Grid<>();
    private final ImportJobPanel panel;

    public ImportView(ImportJobs imports) {
        this.imports = imports;
        addClassName("jd-page");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportJobs.HOUSEHOLDS, INCOMES);
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k));
        kind.setValue(ImportJobs.HOUSEHOLDS);
        kind.setId("import-kind");
        kind.addValueChangeListener(e -> listJobs());
        panel = new ImportJobPanel(imports, "import", f -> getTranslation("import.field." + f), (file, bytes, mode) -> {
                    ImportJobView job = INCOMES.equals(kind.getValue())
                            ? imports.submitIncomes(file, bytes, mode)
                            : imports.submit(file, bytes, mode);
                    listJobs();
                    return job;
                })
                .status(job -> getTranslation(
                        "import.status",
                        job.id(),
                        Texts.of(job.status()),
                        job.rowsTotal(),
                        job.rowsWritten(),
                        job.householdsCreated(),
                        job.rowsUnchanged(),
                        job.errorCount()))
                .onFinished(job -> listJobs());
        jobColumns();
        jobs.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(panel::show));
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.help")),
                kind,
                template(),
                panel,
                new H3(getTranslation("import.mine")),
                jobs);
        jobs.setItems(imports.mine(20));
    }

    @Override
    public String getPageTitle() {
        return Texts.title("import.menu");
    }

    /** The uploaded file, queued for the background import. */
    public void received(String fileName, byte[] bytes) {
        panel.received(fileName, bytes);
    }

    /** Reads the shown import again: the poll calls this while it runs. */
    public void refresh() {
        panel.refresh();
    }

    private void listJobs() {
        jobs.setItems(imports.mine(kind.getValue(), 20));
    }

    private Anchor template() {
        DownloadHandler handler = event -> {
            boolean incomes = INCOMES.equals(kind.getValue());
            event.setFileName(incomes ? "incomes-template.csv" : "households-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream()
                    .write(TabularFile.withBom(incomes ? ImportJobs.incomeTemplateCsv() : ImportJobs.templateCsv()));
        };
        Anchor link = new Anchor(handler, getTranslation("import.template"));
        link.getElement().setAttribute("download", true);
        link.setId("import-template");
        return link;
    }

    private void jobColumns() {
        jobs.addColumn(ImportJobView::id).setHeader(getTranslation("import.job.id"));
        Texts.data(jobs.addColumn(ImportJobView::fileName).setHeader(getTranslation("import.job.file")));
        jobs.addColumn(j -> Texts.of(j.mode())).setHeader(getTranslation("import.mode"));
        jobs.addColumn(j -> Texts.of(j.status())).setHeader(getTranslation("import.job.status"));
        jobs.addColumn(j -> TIME.format(j.createdAt())).setHeader(getTranslation("import.job.at"));
        jobs.addColumn(ImportJobView::rowsTotal).setHeader(getTranslation("import.job.rows"));
        jobs.addColumn(ImportJobView::rowsWritten).setHeader(getTranslation("import.job.written"));
        jobs.addColumn(ImportJobView::errorCount).setHeader(getTranslation("import.job.errors"));
        jobs.getColumns().forEach(c -> c.setAutoWidth(true));
        jobs.addThemeVariants(GridVariant.LUMO_COMPACT);
        jobs.setAllRowsVisible(true);
        jobs.setId("import-jobs");
    }
}
