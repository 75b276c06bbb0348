package cn.jiandang.rectification.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.XlsxExport;
import cn.jiandang.rectification.AppReportExport;
import cn.jiandang.rectification.AppReports;
import cn.jiandang.rectification.DesensitisedReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Problems households reported through the app, as the province may see them (R14: desensitised). */
@Route("rectification/app-reports")
@Menu(title = "rectification.appMenu", order = 31)
@RolesAllowed("PROVINCE_OFFICER")
public class AppReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    public AppReportsView(AppReports reports, AppReportExport export) {
        addClassName("jd-page");
        setWidthFull();
        Grid<DesensitisedReport> grid = new Grid<>();
        grid.addColumn(r -> DAY.format(r.reportedAt()))
                .setHeader(getTranslation("rectification.reportedAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> Texts.of(r.type()))
                .setHeader(getTranslation("rectification.type"))
                .setAutoWidth(true);
        Texts.data(
                grid.addColumn(DesensitisedReport::description).setHeader(getTranslation("rectification.description")));
        grid.addColumn(r -> Texts.of(r.status()) + (r.overdue() ? " " + getTranslation("rectification.overdue") : ""))
                .setHeader(getTranslation("rectification.status"))
                .setAutoWidth(true);
        grid.addColumn(DesensitisedReport::deadline)
                .setHeader(getTranslation("rectification.deadline"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(reports.appReportsForProvince());
        grid.setId("rectification-app-reports");
        add(
                new H2(getTranslation("rectification.appTitle")),
                new Paragraph(getTranslation("rectification.appNote")),
                exportLink(export),
                grid);
    }

    /** The same list as XLSX, desensitised the same way (R14), streamed and audited. */
    private Anchor exportLink(AppReportExport export) {
        DownloadHandler handler = event -> {
            event.setFileName("app-reports.xlsx");
            event.setContentType(XlsxExport.CONTENT_TYPE);
            export.write(
                    List.of(
                            getTranslation("rectification.export.id"),
                            getTranslation("rectification.reportedAt"),
                            getTranslation("rectification.type"),
                            getTranslation("rectification.description"),
                            getTranslation("rectification.status"),
                            getTranslation("rectification.deadline"),
                            getTranslation("rectification.overdue")),
                    Texts::of,
                    Texts::of,
                    overdue -> overdue ? getTranslation("rectification.overdue") : "",
                    event.getOutputStream());
        };
        Anchor link = new Anchor(handler, getTranslation("rectification.export"));
        link.getElement().setAttribute("download", true);
        link.setId("app-reports-export");
        return link;
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.appReports");
    }
}
