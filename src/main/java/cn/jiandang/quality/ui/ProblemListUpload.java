package cn.jiandang.quality.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.RowError;
import cn.jiandang.exchange.TabularFile;
import cn.jiandang.quality.ProblemListImport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;

/**
 * A problem list issued as a file (户主身份证号, rule code, problem): uploaded for the background import, its status and
 * bad rows read again while it runs; once done, its run is in the list of runs and its county lists are issued from
 * there.
 */
public class ProblemListUpload extends Details {

    private final ProblemListImport problemLists;
    private final ImportJobs imports;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Paragraph status = new Paragraph();
    private final Grid<RowError> errors = new Grid<>();
    private ImportJobView current;

    ProblemListUpload(ProblemListImport problemLists, ImportJobs imports) {
        this.problemLists = problemLists;
        this.imports = imports;
        setSummaryText(getTranslation("quality.file.title"));
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("dibao.mode." + m.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId("quality-file-mode");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setI18n(AttachmentField.i18n(ui));
        upload.setId("quality-file-upload");
        status.setId("quality-file-status");
        errors.addColumn(RowError::line).setHeader(getTranslation("import.error.line"));
        errors.addColumn(RowError::field).setHeader(getTranslation("import.error.field"));
        Texts.data(errors.addColumn(RowError::message).setHeader(getTranslation("import.error.message")));
        errors.addThemeVariants(GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(true);
        errors.setId("quality-file-errors");
        VerticalLayout box = new VerticalLayout(
                new Paragraph(getTranslation("quality.file.help")), template(), mode, upload, status, errors);
        box.setPadding(false);
        add(box);
    }

    /** The uploaded file, queued; a refused one says why. */
    public void received(String fileName, byte[] bytes) {
        try {
            show(problemLists.submit(fileName, bytes, mode.getValue()));
        } catch (BusinessException e) {
            status.setText(e.getMessage());
        }
    }

    /** Whether the shown import still runs (the page polls while it does). */
    boolean running() {
        return current != null && !current.status().finished();
    }

    public void refresh() {
        if (current != null) {
            show(imports.job(current.id()));
        }
    }

    private void show(ImportJobView job) {
        current = job;
        status.setText(getTranslation(
                "quality.file.status",
                job.id(),
                Texts.of(job.status()),
                job.rowsTotal(),
                job.rowsWritten(),
                job.rowsUnchanged(),
                job.errorCount()));
        errors.setItems(job.status().finished() ? imports.errors(job.id(), 1000) : List.of());
    }

    private Anchor template() {
        DownloadHandler handler = event -> {
            event.setFileName("problem-list-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(TabularFile.withBom(ProblemListImport.templateCsv()));
        };
        Anchor link = new Anchor(handler, getTranslation("import.template"));
        link.getElement().setAttribute("download", true);
        link.setId("quality-file-template");
        return link;
    }
}
