package cn.jiandang.quality.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.quality.ProblemExport;
import cn.jiandang.quality.ProblemListImport;
import cn.jiandang.quality.QualityService;
import cn.jiandang.quality.RunView;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 数据清洗 for the province and the centre: start a run of the rule set over a region (it runs in the background; the
 * page polls while a run is queued or running), the runs over the officer's region, and the chosen run's problem
 * list ({@link ProblemListPanel}).
 */
@Route("quality")
@Menu(title = "quality.menu", order = 5)
@RolesAllowed({"PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class QualityView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int POLL_MILLIS = 3000;

    private final QualityService quality;
    private final Officer officer;
    private final TextField region = new TextField();
    private final Grid<RunView> runs = new Grid<>();
    private final ProblemListPanel problems;
    private final ProblemListUpload upload;
    private Registration poll;

    public QualityView(
            QualityService quality,
            ProblemExport export,
            CurrentOfficer current,
            ProblemListImport problemLists,
            ImportJobs imports) {
        this.quality = quality;
        this.officer = current.require();
        this.problems = new ProblemListPanel(quality, export, officer.region());
        this.upload = new ProblemListUpload(problemLists, imports, this::refresh);
        addClassName("jd-page");
        region.setLabel(getTranslation("quality.region"));
        region.setHelperText(getTranslation("quality.region.help"));
        region.setValue(officer.region().value());
        region.setId("quality-region");
        Button start = new Button(getTranslation("quality.start"), e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("quality-start");
        Button refresh = new Button(getTranslation("quality.refresh"), e -> refresh());
        refresh.setId("quality-refresh");
        HorizontalLayout bar = new HorizontalLayout(region, start, refresh);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        columns();
        runs.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(problems::show));
        add(
                new H2(getTranslation("quality.title")),
                new Paragraph(getTranslation("quality.help")),
                bar,
                upload,
                new H3(getTranslation("quality.runs")),
                runs,
                problems);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return Texts.title("quality.menu");
    }

    /**
     * One listener while attached; the page polls while a run is queued or running (the upload panel polls for its
     * own import and stops when it ends, so the runs' refresh turns polling on again if one still runs).
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        poll = attach.getUI().addPollListener(e -> {
            if (running()) {
                refresh();
            }
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        poll.remove();
        detach.getUI().setPollInterval(-1);
    }

    private void start() {
        String code = region.getValue() == null ? "" : region.getValue().strip();
        if (!code.matches("\\d{12}")) {
            region.setInvalid(true);
            region.setErrorMessage(getTranslation("quality.region.invalid"));
            return;
        }
        region.setInvalid(false);
        quality.request(RegionCode.of(code));
        Notification.show(getTranslation("quality.queued"), 4000, Notification.Position.BOTTOM_START);
        refresh();
    }

    void refresh() {
        List<RunView> list = quality.runs(officer.region(), 20);
        boolean wasRunning = running();
        RunView selected = runs.getSelectedItems().stream().findFirst().orElse(null);
        runs.setItems(list);
        if (selected != null) {
            list.stream().filter(r -> r.id() == selected.id()).findFirst().ifPresent(r -> {
                runs.select(r);
                problems.show(r);
            });
        }
        boolean nowRunning = running();
        getUI().ifPresent(ui -> {
            if (nowRunning) {
                ui.setPollInterval(POLL_MILLIS);
            } else if (wasRunning && !upload.running()) {
                ui.setPollInterval(-1);
            }
        });
    }

    private boolean running() {
        return runs.getListDataView().getItems().anyMatch(r -> !r.status().finished());
    }

    private void columns() {
        runs.addColumn(RunView::id).setHeader(getTranslation("quality.run.id"));
        Texts.data(runs.addColumn(RunView::regionCode).setHeader(getTranslation("quality.region")));
        runs.addColumn(r -> getTranslation("quality.trigger." + r.trigger()))
                .setHeader(getTranslation("quality.run.trigger"));
        runs.addColumn(r -> Texts.of(r.status())).setHeader(getTranslation("quality.run.status"));
        Texts.data(runs.addColumn(RunView::requestedBy).setHeader(getTranslation("quality.run.by")));
        runs.addColumn(r -> TIME.format(r.requestedAt())).setHeader(getTranslation("quality.run.at"));
        runs.addColumn(RunView::found).setHeader(getTranslation("quality.run.found"));
        runs.addColumn(RunView::opened).setHeader(getTranslation("quality.run.opened"));
        runs.addColumn(RunView::closed).setHeader(getTranslation("quality.run.closed"));
        runs.addColumn(r -> r.finishedAt() == null ? "" : r.millis() + " ms")
                .setHeader(getTranslation("quality.run.duration"));
        Texts.data(runs.addColumn(r -> r.failure() == null ? "" : r.failure())
                .setHeader(getTranslation("quality.run.failure")));
        runs.getColumns().forEach(c -> c.setAutoWidth(true));
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        runs.setAllRowsVisible(true);
        runs.setId("quality-runs");
    }
}
