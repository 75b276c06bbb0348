package cn.jiandang.statistics.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.base.ui.AccessDeniedView;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.ui.HouseholdListView;
import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.DailySnapshotJob;
import cn.jiandang.statistics.RegionFigures;
import cn.jiandang.statistics.WarningCounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Autowired
    DailySnapshotJob job;

    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;

    @BeforeEach
    void snapshot() {
        today = job.today();
        SystemActor.call(() -> job.compute(today));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProvinceDrillsDownToAVillageThroughCountyAndTownshipWithABreadcrumbBack() {
        login("province1");
        UI.getCurrent().navigate(DashboardView.class);
        // the demo's counties in code order (other tests of the shared database may add counties after them)
        assertThat(codes()).containsSubsequence("130125000000", "130126000000");
        assertThat(card("MONITORED")).isEqualTo(direct("13", "MONITORED"));

        drill("130125000000");
        assertThat(codes()).containsExactly("130125100000", "130125101000");
        assertThat(card("MONITORED")).isEqualTo(direct("130125", "MONITORED"));

        drill("130125100000");
        assertThat(codes()).contains("130125100201", "130125100202", "130125100203");

        drill("130125100201");
        assertThat(_find(Grid.class, spec -> spec.withId("table-subregions"))).isEmpty();
        assertThat(card("RETURNED")).isEqualTo(direct("130125100201", "RETURNED"));
        assertThat(card("MARGINAL")).isEqualTo(direct("130125100201", "MARGINAL"));
        Div trail = _get(Div.class, spec -> spec.withId("region-trail"));
        assertThat(_find(trail, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactly(
                        "dashboard?region=130000000000&day=" + today,
                        "dashboard?region=130125000000&day=" + today,
                        "dashboard?region=130125100000&day=" + today);
        assertThat(_get(Paragraph.class, spec -> spec.withId("stats-status")).getText())
                .contains(today.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySubRegionColumnSortsAndEachCategoryCellOpensTheHouseholdsOfThatRegionAndCategory() {
        login("county1");
        UI.getCurrent().navigate(DashboardView.class);
        Grid<RegionFigures> grid = _get(Grid.class, spec -> spec.withId("table-subregions"));
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.isSortable()).isTrue());
        Anchor cell = (Anchor) GridKt._getCellComponent(grid, 0, "NEWLY_POOR");
        assertThat(cell.getHref()).isEqualTo("households?region=130125100000&category=NEWLY_POOR");

        StatsTexts.go(cell.getHref());
        Grid<HouseholdSummary> households = _get(Grid.class, spec -> spec.withId("households"));
        List<HouseholdSummary> rows = IntStream.range(0, GridKt._size(households))
                .mapToObj(i -> GridKt._get(households, i))
                .toList();
        assertThat(rows).hasSize((int) direct("130125100", "NEWLY_POOR"));
        assertThat(rows).allSatisfy(h -> assertThat(h.villageCode().value()).startsWith("130125100"));
        assertThat(_get(HouseholdListView.class)).isNotNull();
    }

    @Test
    void aVillageOfficerSeesItsVillageAndIsRefusedAnother() {
        login("village1");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(card("NEWLY_POOR")).isEqualTo(direct("130125100201", "NEWLY_POOR"));
        assertThat(_find(Button.class, spec -> spec.withId("stats-recompute"))).isEmpty();

        StatsTexts.go("dashboard?region=130125100202");
        assertThat(_get(AccessDeniedView.class)).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDaysEarlyWarningsAreTheProvincesRollupOfItsVillages() {
        login("province1");
        UI.getCurrent().navigate(DashboardView.class);
        Grid<WarningCounts> grid = _get(Grid.class, spec -> spec.withId("table-warnings"));
        WarningCounts shown = GridKt._get(grid, 0);
        List<Long> villages =
                jdbc.queryForObject("""
                select coalesce(sum(raised), 0), coalesce(sum(no_risk), 0), coalesce(sum(identified), 0)
                from stat_daily_warning where snapshot_day = ? and region_level = 'VILLAGE' and region_code like '13%'""", (rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)), today);
        assertThat(List.of(shown.raised(), shown.noRisk(), shown.identified())).isEqualTo(villages);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-warnings")).getText())
                .isNotBlank();
    }

    @Test
    void aDayWithoutSnapshotSaysSo() {
        login("county1");
        StatsTexts.go("dashboard?day=2001-01-01");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-snapshot")).getText())
                .contains("没有统计快照");
    }

    @Test
    void theCentreRecomputesTheDayShown() {
        login("centre");
        StatsTexts.go("dashboard?day=" + today);
        _click(_get(Button.class, spec -> spec.withId("stats-recompute")));
        assertThat(jdbc.queryForObject(
                        "select computed_by from stat_daily_run where snapshot_day = ?", String.class, today))
                .isEqualTo("centre");
        assertThat(_get(Div.class, spec -> spec.withId("card-RETURNED"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("返贫户");
    }

    @SuppressWarnings("unchecked")
    private static void drill(String code) {
        Grid<RegionFigures> grid = _get(Grid.class, spec -> spec.withId("table-subregions"));
        int row = codes().indexOf(code);
        assertThat(row).as(code).isNotNegative();
        _click((Button) GridKt._getCellComponent(grid, row, "name"));
    }

    private static long card(String category) {
        Div card = _get(Div.class, spec -> spec.withId("card-" + category));
        return Long.parseLong(_get(card, Anchor.class).getText());
    }

    private long direct(String prefix, String category) {
        return jdbc.queryForObject(
                "select count(*) from household where village_code like ? and category = ?",
                Long.class,
                prefix + "%",
                category);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes() {
        Grid<RegionFigures> grid = _get(Grid.class, spec -> spec.withId("table-subregions"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).code().value())
                .toList();
    }
}
