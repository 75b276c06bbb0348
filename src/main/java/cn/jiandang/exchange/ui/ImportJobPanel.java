package cn.jiandang.exchange.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.RowError;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One background import as every import page shows it: the mode, the upload, a progress bar, the status, the bad rows
 * by line and field and their report to download. The page polls only while the shown job runs: the panel registers
 * one poll listener while attached and turns polling off when the job ends or the panel leaves the page, so that an
 * idle page costs the server nothing and a page opened again does not pile up listeners.
 */
@NamedInterface("ui")
public class ImportJobPanel extends VerticalLayout {

    static final int POLL_MILLIS = 1000;

    /** How the page queues a file: the service call of its kind. */
    @FunctionalInterface
    public interface Submit {
        ImportJobView submit(String fileName, byte[] content, ImportMode mode);
    }

    private final ImportJobs imports;
    private final Submit submit;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Grid<RowError> errors = new Grid<>();
    private final Anchor report;
    private Function<ImportJobView, String> statusText = job -> String.valueOf(job.id());
    private Consumer<BusinessException> refused = e -> status.setText(e.getMessage());
    private Consumer<ImportJobView> finished = job -> {};
    private Registration poll;
    private ImportJobView current;

    /** {@code prefix} names the components' ids ({@code prefix-upload}, {@code prefix-progress}, …). */
    public ImportJobPanel(ImportJobs imports, String prefix, Function<String, String> fieldLabel, Submit submit) {
        this.imports = imports;
        this.submit = submit;
        setPadding(false);
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(Texts::of);
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId(prefix + "-mode");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setI18n(AttachmentField.i18n(ui));
        upload.setId(prefix + "-upload");
        progress.setId(prefix + "-progress");
        progress.setVisible(false);
        status.setId(prefix + "-status");
        errors.addColumn(RowError::line).setHeader(getTranslation("import.error.line"));
        errors.addColumn(e -> fieldLabel.apply(e.field())).setHeader(getTranslation("import.error.field"));
        Texts.data(errors.addColumn(RowError::message).setHeader(getTranslation("import.error.message")));
        errors.getColumns().forEach(c -> c.setAutoWidth(true));
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setAllRowsVisible(true);
        errors.setId(prefix + "-errors");
        report = ImportReport.link(imports, () -> current, fieldLabel);
        report.setId(prefix + "-report");
        report.setVisible(false);
        add(mode, upload, progress, status, errors, report);
    }

    /** The modes' labels, where the page words them its own way. */
    public ImportJobPanel modeLabels(Function<ImportMode, String> labels) {
        mode.setItemLabelGenerator(labels::apply);
        return this;
    }

    /** The status line of a job. */
    public ImportJobPanel status(Function<ImportJobView, String> text) {
        this.statusText = text;
        return this;
    }

    /** What to show when the service refuses the file (by default: the reason as the status). */
    public ImportJobPanel onRefused(Consumer<BusinessException> handler) {
        this.refused = handler;
        return this;
    }

    /** Called once the shown job has ended (done or failed), after its report is shown. */
    public ImportJobPanel onFinished(Consumer<ImportJobView> handler) {
        this.finished = handler;
        return this;
    }

    /** The uploaded file, queued for the background import; a refused one says why. */
    public void received(String fileName, byte[] bytes) {
        try {
            show(submit.submit(fileName, bytes, mode.getValue()));
        } catch (BusinessException e) {
            refused.accept(e);
        }
    }

    /** Reads the shown job again: the poll calls this while it runs. */
    public void refresh() {
        if (current != null) {
            show(imports.job(current.id()));
        }
    }

    /** Shows a job (e.g. one chosen from the officer's earlier imports). */
    public void show(ImportJobView job) {
        boolean wasRunning = running();
        current = job;
        progress.setVisible(true);
        progress.setValue(job.progress());
        status.setText(statusText.apply(job));
        boolean done = job.status().finished();
        errors.setItems(done ? imports.errors(job.id(), ImportReport.MAX_ROWS_SHOWN) : List.of());
        report.setVisible(done && job.errorCount() > 0);
        polling(!done);
        if (done && wasRunning) {
            finished.accept(job);
        }
    }

    /** Whether the shown job still runs. */
    public boolean running() {
        return current != null && !current.status().finished();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (poll == null) {
            poll = attach.getUI().addPollListener(e -> {
                if (running()) {
                    refresh();
                }
            });
        }
        polling(running());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    private void polling(boolean on) {
        getUI().ifPresent(ui -> {
            if (on) {
                ui.setPollInterval(POLL_MILLIS);
            } else if (ui.getPollInterval() > 0) {
                ui.setPollInterval(-1);
            }
        });
    }
}
