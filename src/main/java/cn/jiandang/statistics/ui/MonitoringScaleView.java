package cn.jiandang.statistics.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.identification.ScaleStatus;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.statistics.CountyScale;
import cn.jiandang.statistics.ExportTable;
import cn.jiandang.statistics.StatisticsExport;
import cn.jiandang.statistics.StatisticsService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * R2 per county for the province and the centre, from the day's snapshot: monitored plus marginal persons against
 * registered poor persons and the limit of the decision table; a county over its limit is marked and listed first.
 */
@Route("statistics/scale")
@Menu(title = "stats.scale.menu", order = 4)
@RolesAllowed({"PROVINCE_OFFICER", "CENTRE_ADMIN"})
public class MonitoringScaleView extends VerticalLayout implements HasDynamicTitle {

    private final StatisticsService statistics;
    private final Officer officer;
    private final Grid<CountyScale> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Checkbox overOnly = new Checkbox();
    private final DatePicker day = new DatePicker();
    private List<CountyScale> counties = List.of();

    public MonitoringScaleView(
            StatisticsService statistics, StatisticsExport export, RegionService regions, CurrentOfficer current) {
        this.statistics = statistics;
        this.officer = current.require();
        addClassName("jd-page");
        day.setLabel(getTranslation("stats.day"));
        day.setMax(statistics.today());
        day.setValue(statistics.latestDay().orElse(statistics.today()));
        day.setId("scale-day");
        day.addValueChangeListener(e -> load());
        overOnly.setLabel(getTranslation("stats.scale.overOnly"));
        overOnly.setId("scale-over-only");
        overOnly.addValueChangeListener(e -> show());
        summary.setId("scale-summary");
        columns();
        HorizontalLayout bar =
                new HorizontalLayout(day, overOnly, ExportLink.of(this, "export-scale", export, () -> export(regions)));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(Texts.message(
                        "stats.scale.title",
                        StatsTexts.region(this, officer.region(), regions.name(officer.region())))),
                new Paragraph(getTranslation("stats.scale.help")),
                bar,
                summary,
                grid);
        load();
    }

    private void columns() {
        Texts.data(grid.addColumn(CountyScale::name))
                .setHeader(getTranslation("stats.scale.county"))
                .setSortable(true);
        grid.addColumn(c -> c.county().value())
                .setHeader(getTranslation("stats.regionCode"))
                .setSortable(true);
        grid.addColumn(c -> getTranslation(c.deepPoverty() ? "stats.yes" : "stats.no"))
                .setHeader(getTranslation("stats.scale.deep"))
                .setSortable(true);
        grid.addColumn(CountyScale::registeredPoor)
                .setHeader(getTranslation("stats.scale.poor"))
                .setSortable(true);
        grid.addColumn(CountyScale::monitored)
                .setHeader(getTranslation("stats.scale.monitored"))
                .setSortable(true);
        grid.addColumn(c -> c.sharePercent() == null ? "—" : c.sharePercent().toPlainString())
                .setHeader(getTranslation("stats.scale.share"))
                .setComparator(
                        Comparator.comparing(CountyScale::sharePercent, Comparator.nullsLast(BigDecimal::compareTo)));
        grid.addColumn(CountyScale::limitPercent)
                .setHeader(getTranslation("stats.scale.limit"))
                .setSortable(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("stats.scale.status"))
                .setKey("status")
                .setComparator(c -> -c.status().ordinal());
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("table-scale");
    }

    private Span status(CountyScale c) {
        Span badge = new Span(getTranslation("stats.scale.status." + c.status().name()));
        badge.addClassName("jd-badge");
        if (c.over()) {
            badge.addClassName("jd-badge-over");
        } else if (c.status() == ScaleStatus.NEAR) {
            badge.addClassName("jd-badge-near");
        }
        badge.setId("scale-" + c.county().value());
        return badge;
    }

    private void load() {
        LocalDate d = day.getValue() == null ? statistics.today() : day.getValue();
        counties = statistics.scale(officer.region(), d);
        show();
    }

    private void show() {
        List<CountyScale> shown = overOnly.getValue()
                ? counties.stream().filter(CountyScale::over).toList()
                : counties;
        grid.setItems(shown);
        summary.setText(getTranslation(
                "stats.scale.overCount",
                counties.size(),
                counties.stream().filter(CountyScale::over).count()));
    }

    private ExportTable export(RegionService regions) {
        List<CountyScale> shown = overOnly.getValue()
                ? counties.stream().filter(CountyScale::over).toList()
                : counties;
        return new ExportTable(
                getTranslation("stats.scale.menu"),
                officer.region(),
                StatsTexts.region(this, officer.region(), regions.name(officer.region())),
                day.getValue(),
                List.of(
                        getTranslation("stats.regionCode"),
                        getTranslation("stats.scale.county"),
                        getTranslation("stats.scale.deep"),
                        getTranslation("stats.scale.poor"),
                        getTranslation("stats.scale.monitored"),
                        getTranslation("stats.scale.share"),
                        getTranslation("stats.scale.limit"),
                        getTranslation("stats.scale.status")),
                shown.stream()
                        .map(c -> ExportLink.row(
                                c.county().value(),
                                c.name(),
                                getTranslation(c.deepPoverty() ? "stats.yes" : "stats.no"),
                                c.registeredPoor(),
                                c.monitored(),
                                c.sharePercent(),
                                c.limitPercent(),
                                getTranslation(
                                        "stats.scale.status." + c.status().name())))
                        .toList(),
                ExportLink.heading(this));
    }

    @Override
    public String getPageTitle() {
        return Texts.title("title.monitoringScale");
    }
}
