package cn.jiandang.statistics.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.statistics.RegionFigures;
import cn.jiandang.statistics.SnapshotRun;
import cn.jiandang.statistics.StatisticsExport;
import cn.jiandang.statistics.StatisticsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Daily statistics (R13) of a region, read only from the snapshots: the four categories with the change since the
 * day before and since 1 May, the day's changes by procedure, a trend, and the sub-regions to drill into (province →
 * county → township → village, with a breadcrumb back). {@code ?region=…&day=…} choose region and day; the centre
 * may recompute the day shown. Open to every officer within their region (statistics are always open, R12).
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 3)
@PermitAll
@JavaScript("context://webjars/chart.js/4.4.1/dist/chart.umd.js")
@JavaScript("context://scripts/charts.js")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatisticsService statistics;
    private final StatisticsExport export;
    private final RegionService regions;
    private final Officer officer;

    public DashboardView(
            StatisticsService statistics, StatisticsExport export, RegionService regions, CurrentOfficer current) {
        this.statistics = statistics;
        this.export = export;
        this.regions = regions;
        this.officer = current.require();
        addClassName("jd-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        RegionCode region = params.getSingleParameter("region")
                .filter(r -> r.matches("\\d{12}"))
                .map(RegionCode::of)
                .orElse(officer.region());
        LocalDate day = params.getSingleParameter("day")
                .flatMap(DashboardView::parse)
                .or(statistics::latestDay)
                .orElse(statistics.today());
        removeAll();
        render(region, day);
    }

    private void render(RegionCode code, LocalDate day) {
        RegionFigures figures = statistics.region(code, day);
        List<RegionFigures> children = statistics.subRegions(code, day);
        add(new H2(Texts.message("stats.title", StatsTexts.region(this, code, figures.name()))));
        add(toolbar(code, day, children));
        Optional<SnapshotRun> run = statistics.run(day);
        if (run.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("stats.noSnapshot"));
            none.setId("no-snapshot");
            add(none, new TrendSection(statistics, code, day));
            return;
        }
        add(status(run.get(), day));
        add(new CategorySection(figures, compared(code, day.minusDays(1)), compared(code, mayFirst(day)), day, export));
        add(new ChangesSection(statistics.changes(code, day), figures, day, export));
        add(new WarningSection(statistics.warnings(code, day), figures, day, export));
        add(new TrendSection(statistics, code, day));
        if (StatisticsService.childLevel(code.level()) != null) {
            add(new SubRegionSection(children, figures, day, export));
        }
    }

    private HorizontalLayout toolbar(RegionCode code, LocalDate day, List<RegionFigures> children) {
        HorizontalLayout bar = new HorizontalLayout(new RegionTrail(officer.region(), code, day, regions));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        if (!children.isEmpty()) {
            Select<RegionFigures> pick = new Select<>();
            pick.setLabel(getTranslation("stats.pick"));
            pick.setItems(children);
            pick.setItemLabelGenerator(RegionFigures::name);
            Texts.dataChoices(pick);
            pick.setId("region-pick");
            pick.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    StatsTexts.go(StatsTexts.dashboard(e.getValue().code(), day));
                }
            });
            bar.add(pick);
        }
        DatePicker date = new DatePicker(getTranslation("stats.day"), day);
        date.setMax(statistics.today());
        date.setId("stats-day");
        date.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                StatsTexts.go(StatsTexts.dashboard(code, e.getValue()));
            }
        });
        bar.add(date);
        if (officer.has(Role.CENTRE_ADMIN)) {
            Button recompute = new Button(getTranslation("stats.recompute"), e -> {
                var run = statistics.recompute(date.getValue());
                Notification.show(getTranslation("stats.recomputed", run.day(), run.households()));
                StatsTexts.go(StatsTexts.dashboard(code, run.day()));
            });
            recompute.setId("stats-recompute");
            bar.add(recompute);
        }
        return bar;
    }

    private Paragraph status(SnapshotRun run, LocalDate day) {
        boolean settled = !run.computedAt()
                .isBefore(day.plusDays(1).atStartOfDay(statistics.zone()).toInstant());
        Paragraph status = new Paragraph(getTranslation(
                "stats.asOf",
                day,
                AT.format(run.computedAt().atZone(statistics.zone())),
                getTranslation(settled ? "stats.final" : "stats.provisional")));
        status.setId("stats-status");
        return status;
    }

    private RegionFigures compared(RegionCode code, LocalDate day) {
        return statistics.run(day).isPresent() ? statistics.region(code, day) : null;
    }

    /** R13 counts from 1 May: the 1 May at or before the day. */
    static LocalDate mayFirst(LocalDate day) {
        LocalDate may = LocalDate.of(day.getYear(), 5, 1);
        return day.isBefore(may) ? may.minusYears(1) : may;
    }

    private static Optional<LocalDate> parse(String raw) {
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.dashboard");
    }
}
