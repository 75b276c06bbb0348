package cn.jiandang.exchange.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.base.Texts;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.RowError;
import cn.jiandang.exchange.TabularFile;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 农户导入: households or incomes (one row per household and year, by the head's ID number), the template, the choice of all-or-nothing or valid households, the upload (the import then runs in the
 * background, so closing the browser stops nothing), a progress bar the page polls, the bad rows by line and field,
 * and the officer's earlier imports to look at again.
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
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Grid<RowError> errors = new Grid<>();
    private final Grid<ImportJobView> jobs = new Grid<>();
    private ImportJobView current;

    public ImportView(ImportJobs imports) {
        this.imports = imports;
        addClassName("jd-page");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportJobs.HOUSEHOLDS, INCOMES);
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k));
        kind.setValue(ImportJobs.HOUSEHOLDS);
        kind.setId("import-kind");
        kind.addValueChangeListener(e -> jobs.setItems(imports.mine(kind.getValue(), 20)));
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(Texts::of);
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId("import-mode");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setI18n(AttachmentField.i18n(ui));
        upload.setId("import-upload");
        progress.setId("import-progress");
        progress.setVisible(false);
        status.setId("import-status");
        errorColumns();
        jobColumns();
        jobs.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.help")),
                kind,
                template(),
                mode,
                upload,
                progress,
                status,
                errors,
                new H3(getTranslation("import.mine")),
                jobs);
        jobs.setItems(imports.mine(20));
    }

    @Override
    public String getPageTitle() {
        return Texts.title("import.menu");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().addPollListener(e -> {
            if (current != null && !current.status().finished()) {
                refresh();
            }
        });
        attach.getUI().setPollInterval(1000);
    }

    /** The uploaded file, queued for the background import. */
    public void received(String fileName, byte[] bytes) {
        show(
                INCOMES.equals(kind.getValue())
                        ? imports.submitIncomes(fileName, bytes, mode.getValue())
                        : imports.submit(fileName, bytes, mode.getValue()));
        jobs.setItems(imports.mine(kind.getValue(), 20));
    }

    /** Reads the shown import again: the poll calls this while it runs. */
    public void refresh() {
        if (current != null) {
            show(imports.job(current.id()));
            if (current.status().finished()) {
                jobs.setItems(imports.mine(kind.getValue(), 20));
            }
        }
    }

    private void show(ImportJobView job) {
        current = job;
        progress.setVisible(true);
        progress.setValue(job.progress());
        status.setText(getTranslation(
                "import.status",
                job.id(),
                Texts.of(job.status()),
                job.rowsTotal(),
                job.rowsWritten(),
                job.householdsCreated(),
                job.rowsUnchanged(),
                job.errorCount()));
        errors.setItems(job.status().finished() ? imports.errors(job.id(), 1000) : List.of());
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

    private void errorColumns() {
        errors.addColumn(RowError::line).setHeader(getTranslation("import.error.line"));
        errors.addColumn(e -> getTranslation("import.field." + e.field()))
                .setHeader(getTranslation("import.error.field"));
        Texts.data(errors.addColumn(RowError::message).setHeader(getTranslation("import.error.message")));
        errors.getColumns().forEach(c -> c.setAutoWidth(true));
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setId("import-errors");
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
