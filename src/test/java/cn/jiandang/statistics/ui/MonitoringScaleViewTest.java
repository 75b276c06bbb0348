package cn.jiandang.statistics.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.CountyScale;
import cn.jiandang.statistics.DailySnapshotJob;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MonitoringScaleViewTest extends KaribuTest {

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
    void theProvinceSeesEachCountyAgainstItsLimitAndTheOnesOverItMarked() {
        login("province1");
        UI.getCurrent().navigate(MonitoringScaleView.class);
        Grid<CountyScale> grid = _get(Grid.class, spec -> spec.withId("table-scale"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            CountyScale county = GridKt._get(grid, i);
            String prefix = county.county().value().substring(0, 6) + "%";
            // the figures equal the registry: members of the county's households by category
            assertThat(county.registeredPoor()).isEqualTo(persons(prefix, "'POOR', 'NEWLY_POOR', 'RETURNED'"));
            assertThat(county.monitored()).isEqualTo(persons(prefix, "'MONITORED', 'MARGINAL'"));
            double share = 100.0 * county.monitored() / county.registeredPoor();
            assertThat(county.limitPercent()).isEqualTo(county.deepPoverty() ? 10 : 5);
            assertThat(county.over()).isEqualTo(share > county.limitPercent());
            Span badge = (Span) GridKt._getCellComponent(grid, i, "status");
            assertThat(badge.getClassNames().contains("jd-badge-over")).isEqualTo(county.over());
        }
        assertThat(IntStream.range(0, 2)
                        .mapToObj(i -> GridKt._get(grid, i).county().value()))
                .containsExactlyInAnyOrder("130125000000", "130126000000");
        // 灵寿县 is a deep-poverty county: its limit is 10 %
        assertThat(IntStream.range(0, 2)
                        .mapToObj(i -> GridKt._get(grid, i))
                        .filter(c -> c.county().value().equals("130126000000"))
                        .findFirst()
                        .orElseThrow()
                        .limitPercent())
                .isEqualTo(10);

        long over =
                IntStream.range(0, 2).filter(i -> GridKt._get(grid, i).over()).count();
        assertThat(_get(Paragraph.class, spec -> spec.withId("scale-summary")).getText())
                .contains(String.valueOf(over));
        _get(Checkbox.class, spec -> spec.withId("scale-over-only")).setValue(true);
        assertThat(GridKt._size(grid)).isEqualTo((int) over);
    }

    private long persons(String prefix, String categories) {
        return jdbc.queryForObject(
                "select count(*) from member m join household h on h.id = m.household_id "
                        + "where m.departed = false and h.village_code like ? and h.category in (" + categories + ")",
                Long.class,
                prefix);
    }
}
