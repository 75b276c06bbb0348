package cn.jiandang.household.ui.admin;

import cn.jiandang.household.correction.CorrectionReport;
import cn.jiandang.household.correction.CorrectionRow;
import cn.jiandang.household.correction.CorrectionRun;
import cn.jiandang.household.correction.CorrectionRuns;
import cn.jiandang.household.correction.CorrectionWorkbook;
import cn.jiandang.household.correction.MonthCorrectionService;
import cn.jiandang.household.ui.Codes;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * R7 for a province or a county: a dry run lists what would change (identification months and natural-change months
 * of October–December 2019 become September 2019, newborns of those months kept), applying runs it once, and every
 * applied run's report stays downloadable as XLSX.
 */
@Route("registry/corrections")
@PageTitle("批量更正 · 建档")
@Menu(title = "correction.menu", order = 35)
@RolesAllowed({"PROVINCE_OFFICER", "COUNTY_OFFICER", "CENTRE_ADMIN"})
public class CorrectionView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final MonthCorrectionService corrections;
    private final CorrectionRuns runs;
    private final RegionService regions;
    private final Officer officer;
    private final RegionPicker scope;
    private final Span summary = new Span();
    private final Grid<CorrectionRow> rows = new Grid<>();
    private final Grid<CorrectionRun> applied = new Grid<>();
    private final Button apply = new Button();
    private final HorizontalLayout dryRunDownload = new HorizontalLayout();

    public CorrectionView(
            MonthCorrectionService corrections, CorrectionRuns runs, RegionService regions, CurrentOfficer current) {
        this.corrections = corrections;
        this.runs = runs;
        this.regions = regions;
        this.officer = current.require();
        addClassName("jd-page");
        setWidthFull();
        scope = new RegionPicker(regions, officer.region(), RegionLevel.COUNTY, "correction.scope", "correction-scope");
        scope.setVisible(officer.region().level().ordinal() < RegionLevel.COUNTY.ordinal());
        Button dryRun = new Button(getTranslation("correction.dryRun"), e -> dryRun());
        dryRun.setId("correction-dry-run");
        apply.setText(getTranslation("correction.apply"));
        apply.setId("correction-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> confirmApply());
        summary.setId("correction-summary");
        rowsGrid(rows, "correction-rows");
        runsGrid();
        HorizontalLayout controls = new HorizontalLayout(scope, dryRun, apply);
        controls.setAlignItems(Alignment.BASELINE);
        add(
                new H2(getTranslation("correction.title")),
                new Paragraph(getTranslation("correction.rule")),
                controls,
                summary,
                dryRunDownload,
                rows,
                new H3(getTranslation("correction.runs")),
                applied);
        refreshRuns();
    }

    private RegionCode region() {
        return scope.getValue() == null ? officer.region() : scope.getValue().code();
    }

    private void dryRun() {
        CorrectionReport report = corrections.dryRun(region());
        show(report);
        apply.setEnabled(report.identificationMonths() + report.naturalChangeMonths() > 0);
        RegionCode region = region();
        dryRunDownload.removeAll();
        dryRunDownload.add(download("correction-dry-run-xlsx", "correction.download", () -> report.rows(), region));
    }

    private void confirmApply() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("correction.apply"));
        confirm.setText(getTranslation("correction.apply.confirm", regions.name(region())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("cancel"));
        confirm.setConfirmText(getTranslation("correction.apply"));
        confirm.addConfirmListener(e -> {
            show(corrections.apply(region()));
            apply.setEnabled(false);
            dryRunDownload.removeAll();
            refreshRuns();
        });
        confirm.setId("correction-confirm");
        confirm.open();
    }

    private void show(CorrectionReport report) {
        summary.setText(getTranslation(
                report.applied() ? "correction.summary.applied" : "correction.summary.dry",
                String.valueOf(report.identificationMonths()),
                String.valueOf(report.naturalChangeMonths()),
                String.valueOf(report.birthsKept()),
                String.valueOf(report.affectedHouseholds().size())));
        rows.setItems(report.rows());
    }

    private void refreshRuns() {
        applied.setItems(runs.runs(officer.region()));
    }

    private void rowsGrid(Grid<CorrectionRow> grid, String id) {
        grid.addColumn(r -> getTranslation("registry.correction.kind." + r.kind()))
                .setHeader(getTranslation("registry.correction.xlsx.kind"));
        grid.addColumn(CorrectionRow::householdId).setHeader(getTranslation("registry.correction.xlsx.household"));
        Codes.data(grid.addColumn(CorrectionRow::headName).setHeader(getTranslation("registry.correction.xlsx.head")));
        Codes.data(grid.addColumn(r -> r.memberName() == null ? "" : r.memberName())
                .setHeader(getTranslation("registry.correction.xlsx.member")));
        grid.addColumn(r -> r.idNumberMasked() == null ? "" : r.idNumberMasked())
                .setHeader(getTranslation("registry.correction.xlsx.idNumber"));
        grid.addColumn(r -> r.from() == null ? "" : r.from().toString())
                .setHeader(getTranslation("registry.correction.xlsx.from"));
        grid.addColumn(r -> r.to().toString()).setHeader(getTranslation("registry.correction.xlsx.to"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("24em");
        grid.setId(id);
    }

    private void runsGrid() {
        applied.addColumn(r -> WHEN.format(r.appliedAt())).setHeader(getTranslation("correction.run.when"));
        Codes.data(applied.addColumn(CorrectionRun::appliedBy).setHeader(getTranslation("correction.run.by")));
        Codes.data(applied.addColumn(r -> regions.name(RegionCode.of(r.scopeCode())))
                .setHeader(getTranslation("correction.scope")));
        applied.addColumn(CorrectionRun::households).setHeader(getTranslation("correction.run.households"));
        applied.addColumn(CorrectionRun::naturalChanges).setHeader(getTranslation("correction.run.changes"));
        applied.addComponentColumn(r -> download(
                        "correction-run-xlsx-" + r.id(),
                        "correction.download",
                        () -> runs.rows(r.id()),
                        RegionCode.of(r.scopeCode())))
                .setHeader(getTranslation("correction.report"))
                .setKey("report");
        applied.setAllRowsVisible(true);
        applied.addThemeVariants(GridVariant.LUMO_COMPACT);
        applied.setId("correction-runs");
    }

    /** A link that builds the workbook only when followed. */
    private Anchor download(String id, String labelKey, Supplier<List<CorrectionRow>> rows, RegionCode region) {
        String title = getTranslation("correction.xlsx.title", regions.name(region), region.value());
        var wording = Codes.wording(this);
        DownloadHandler handler = event -> {
            event.setFileName("R7-" + region.value() + ".xlsx");
            event.setContentType(CorrectionWorkbook.CONTENT_TYPE);
            CorrectionWorkbook.write(title, rows.get(), wording, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        link.setId(id);
        return link;
    }
}
