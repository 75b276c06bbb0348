package cn.jiandang.statistics.ui;

import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;
import cn.jiandang.statistics.StatisticsService;
import cn.jiandang.statistics.TrendPoint;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Households of the four categories over a chosen period (default the 30 days up to the day), a Chart.js line. */
class TrendSection extends VerticalLayout {

    private final StatisticsService statistics;
    private final RegionCode region;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div chart = new Div();

    TrendSection(StatisticsService statistics, RegionCode region, LocalDate day) {
        this.statistics = statistics;
        this.region = region;
        setPadding(false);
        from.setLabel(getTranslation("stats.from"));
        to.setLabel(getTranslation("stats.to"));
        from.setId("trend-from");
        to.setId("trend-to");
        from.setValue(day.minusDays(29));
        to.setValue(day);
        from.addValueChangeListener(e -> draw());
        to.addValueChangeListener(e -> draw());
        chart.setWidthFull();
        add(new H3(getTranslation("stats.trend")), new HorizontalLayout(from, to), chart);
        draw();
    }

    private void draw() {
        from.setInvalid(false);
        to.setInvalid(false);
        chart.removeAll();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || start.isAfter(end)) {
            from.setErrorMessage(getTranslation("stats.from") + " ≤ " + getTranslation("stats.to"));
            from.setInvalid(true);
            return;
        }
        if (end.toEpochDay() - start.toEpochDay() >= StatisticsService.MAX_DAYS) {
            start = end.minusDays(StatisticsService.MAX_DAYS - 1);
        }
        List<TrendPoint> points = statistics.trend(region, start, end);
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Category c : StatisticsService.FOUR) {
            series.put(
                    StatsTexts.category(this, c),
                    points.stream().map(p -> p.households().getOrDefault(c, 0L)).toList());
        }
        chart.add(new ChartBox(
                "chart-trend",
                "line",
                points.stream().map(p -> p.day().toString()).toList(),
                series));
    }
}
