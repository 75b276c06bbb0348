package cn.jiandang.exchange.ui;

import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.base.Texts;
import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.DibaoCoverageExport;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.RowError;
import cn.jiandang.exchange.TabularFile;
import cn.jiandang.security.CurrentOfficer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * 低保数据交换 (R15) for the province and the centre: a quarter's file from civil affairs uploaded (worked in the
 * background: the page polls its progress), its bad rows by line and field and its rows that matched nobody counted,
 * and the coverage per county and quarter ({@link DibaoCoveragePanel}) where a quarter without data shows as missing.
 */
@Route("dibao")
@Menu(title = "dibao.menu", order = 7)
@RolesAllowed({"PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class DibaoView extends VerticalLayout implements HasDynamicTitle {

    private final DibaoExchange exchange;
    private final ImportJobs imports;
    private final TextField quarter = new TextField();
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Grid<RowError> errors = new Grid<>();
    private final DibaoCoveragePanel coverage;
    private ImportJobView current;

    public DibaoView(DibaoExchange exchange, ImportJobs imports, DibaoCoverageExport export, CurrentOfficer current) {
        this.exchange = exchange;
        this.imports = imports;
        this.coverage =
                new DibaoCoveragePanel(exchange, export, current.require().region());
        addClassName("jd-page");
        quarter.setLabel(getTranslation("dibao.quarter"));
        quarter.setHelperText(getTranslation("dibao.quarter.help"));
        quarter.setValue(exchange.current().previous().toString());
        quarter.setId("dibao-quarter");
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("dibao.mode." + m.name()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        mode.setId("dibao-mode");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setI18n(AttachmentField.i18n(ui));
        upload.setId("dibao-upload");
        progress.setId("dibao-progress");
        progress.setVisible(false);
        status.setId("dibao-status");
        errorColumns();
        HorizontalLayout choice = new HorizontalLayout(quarter, mode);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("dibao.title")),
                new Paragraph(getTranslation("dibao.help")),
                template(),
                choice,
                upload,
                progress,
                status,
                errors,
                new H3(getTranslation("dibao.coverage")),
                coverage);
    }

    @Override
    public String getPageTitle() {
        return Texts.title("dibao.menu");
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

    /** The uploaded file, queued for the background import; a wrong quarter is shown beside its field. */
    public void received(String fileName, byte[] bytes) {
        try {
            quarter.setInvalid(false);
            show(exchange.submit(quarter.getValue(), fileName, bytes, mode.getValue()));
        } catch (BusinessException e) {
            quarter.setErrorMessage(e.getMessage());
            quarter.setInvalid(true);
        }
    }

    /** Reads the shown import again: the poll calls this while it runs; once done, the coverage too. */
    public void refresh() {
        if (current != null) {
            show(imports.job(current.id()));
            if (current.status().finished()) {
                coverage.refresh();
            }
        }
    }

    private void show(ImportJobView job) {
        current = job;
        progress.setVisible(true);
        progress.setValue(job.progress());
        status.setText(getTranslation(
                "dibao.status",
                job.id(),
                job.quarter(),
                Texts.of(job.status()),
                job.rowsTotal(),
                job.rowsWritten(),
                job.rowsUnchanged(),
                job.rowsUnmatched(),
                job.errorCount()));
        if (job.failure() != null) {
            status.setText(status.getText() + " " + job.failure());
        }
        errors.setItems(job.status().finished() ? imports.errors(job.id(), 1000) : List.of());
    }

    private Anchor template() {
        DownloadHandler handler = event -> {
            event.setFileName("dibao-template.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(TabularFile.withBom(DibaoExchange.templateCsv()));
        };
        Anchor link = new Anchor(handler, getTranslation("import.template"));
        link.getElement().setAttribute("download", true);
        link.setId("dibao-template");
        return link;
    }

    private void errorColumns() {
        errors.addColumn(RowError::line).setHeader(getTranslation("import.error.line"));
        errors.addColumn(e -> getTranslation("dibao.field." + e.field()))
                .setHeader(getTranslation("import.error.field"));
        Texts.data(errors.addColumn(RowError::message).setHeader(getTranslation("import.error.message")));
        errors.getColumns().forEach(c -> c.setAutoWidth(true));
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.setId("dibao-errors");
    }
}
