package cn.jiandang.warning.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.RowError;
import cn.jiandang.exchange.TabularFile;
import cn.jiandang.warning.SignalImport;
import cn.jiandang.warning.Warnings;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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

import java.util.List;

/**
 * Other departments' signals (预警数据) uploaded for the background import as the 低保 page does: the template, the
 * mode, the progress polled while it runs, then the bad rows by line and field and how many warnings it raised.
 */
@Route("warning-signals")
@Menu(title = "warning.menu", order = 8)
@RolesAllowed({"TOWNSHIP_OFFICER", "COUNTY_OFFICER", "PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class SignalImportView extends VerticalLayout implements HasDynamicTitle {

    private final SignalImport signals;
    private final ImportJobs imports;
    private final Warnings warnings;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Grid<RowError> errors = new Grid<>();
    private ImportJobView current;

    public SignalImportView(SignalImport signals, ImportJobs imports, Warnings warnings) {
        this.signals = signals;
        this.imports = imports;
        this.warnings = warnings;
        addClassName("jd-page");
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("dibao.mode." + m.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId("warning-mode");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setI18n(AttachmentField.i18n(ui));
        upload.setId("warning-upload");
        progress.setId("warning-progress");
        progress.setVisible(false);
        status.setId("warning-status");
        errors.addColumn(RowError::line).setHeader(getTranslation("import.error.line"));
        errors.addColumn(e -> getTranslation("warning.field." + e.field()))
                .setHeader(getTranslation("import.error.field"));
        Texts.data(errors.addColumn(RowError::message).setHeader(getTranslation("import.error.message")));
        errors.getColumns().forEach(c -> c.setAutoWidth(true));
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setId("warning-errors");
        add(
                new H2(getTranslation("warning.import.title")),
                new Paragraph(getTranslation("warning.import.help")),
                template(),
                mode,
                upload,
                progress,
                status,
                errors);
    }

    @Override
    public String getPageTitle() {
        return Texts.title("warning.menu");
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

    /** The uploaded file, queued for the background import; a refused one says why. */
    public void received(String fileName, byte[] bytes) {
        try {
            show(signals.submit(fileName, bytes, mode.getValue()));
        } catch (BusinessException e) {
            status.setText(e.getMessage());
        }
    }

    /** Reads the shown import again: the poll calls this while it runs. */
    public void refresh() {
        if (current != null) {
            show(imports.job(current.id()));
        }
    }

    private void show(ImportJobView job) {
        current = job;
        progress.setVisible(true);
        progress.setValue(job.progress());
        boolean done = job.status().finished();
        status.setText(getTranslation(
                "warning.import.status",
                job.id(),
                Texts.of(job.status()),
                job.rowsTotal(),
                job.rowsWritten(),
                job.rowsUnchanged(),
                job.rowsUnmatched(),
                job.errorCount(),
                done ? warnings.raisedBy(job.id()) : 0));
        if (job.failure() != null) {
            status.setText(status.getText() + " " + job.failure());
        }
        errors.setItems(done ? imports.errors(job.id(), 1000) : List.of());
    }

    private Anchor template() {
        DownloadHandler handler = event -> {
            event.setFileName("warning-signals-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(TabularFile.withBom(SignalImport.templateCsv()));
        };
        Anchor link = new Anchor(handler, getTranslation("import.template"));
        link.getElement().setAttribute("download", true);
        link.setId("warning-template");
        return link;
    }
}
