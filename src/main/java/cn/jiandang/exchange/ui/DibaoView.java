package cn.jiandang.exchange.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.DibaoCoverageExport;
import cn.jiandang.exchange.DibaoExchange;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.TabularFile;
import cn.jiandang.security.CurrentOfficer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * 低保数据交换 (R15) for the province and the centre: a quarter's file from civil affairs uploaded (worked in the
 * background: {@link ImportJobPanel} shows its progress), its bad rows by line and field and its rows that matched nobody counted,
 * and the coverage per county and quarter ({@link DibaoCoveragePanel}) where a quarter without data shows as missing.
 */
@Route("dibao")
@Menu(title = "dibao.menu", order = 7)
@RolesAllowed({"PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class DibaoView extends VerticalLayout implements HasDynamicTitle {

    private final TextField quarter = new TextField();
    private final DibaoCoveragePanel coverage;
    private final ImportJobPanel panel;

    public DibaoView(DibaoExchange exchange, ImportJobs imports, DibaoCoverageExport export, CurrentOfficer current) {
        this.coverage =
                new DibaoCoveragePanel(exchange, export, current.require().region());
        addClassName("jd-page");
        quarter.setLabel(getTranslation("dibao.quarter"));
        quarter.setHelperText(getTranslation("dibao.quarter.help"));
        quarter.setValue(exchange.current().previous().toString());
        quarter.setId("dibao-quarter");
        panel = new ImportJobPanel(imports, "dibao", f -> getTranslation("dibao.field." + f), (file, bytes, mode) -> {
                    quarter.setInvalid(false);
                    return exchange.submit(quarter.getValue(), file, bytes, mode);
                })
                .modeLabels(m -> getTranslation("dibao.mode." + m.name()))
                .status(this::status)
                .onRefused(e -> {
                    quarter.setErrorMessage(e.getMessage());
                    quarter.setInvalid(true);
                })
                .onFinished(job -> coverage.refresh());
        add(
                new H2(getTranslation("dibao.title")),
                new Paragraph(getTranslation("dibao.help")),
                template(),
                quarter,
                panel,
                new H3(getTranslation("dibao.coverage")),
                coverage);
    }

    @Override
    public String getPageTitle() {
        return Texts.title("dibao.menu");
    }

    /** The uploaded file, queued for the background import; a wrong quarter is shown beside its field. */
    public void received(String fileName, byte[] bytes) {
        panel.received(fileName, bytes);
    }

    /** Reads the shown import again: the poll calls this while it runs; once done, the coverage too. */
    public void refresh() {
        panel.refresh();
    }

    private String status(ImportJobView job) {
        String text = getTranslation(
                "dibao.status",
                job.id(),
                job.quarter(),
                Texts.of(job.status()),
                job.rowsTotal(),
                job.rowsWritten(),
                job.rowsUnchanged(),
                job.rowsUnmatched(),
                job.errorCount());
        return job.failure() == null ? text : text + " " + job.failure();
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
}
