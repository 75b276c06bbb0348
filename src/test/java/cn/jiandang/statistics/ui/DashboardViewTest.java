package cn.jiandang.statistics.ui;

import cn.jiandang.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aVillageOfficerSeesTheFourCategoriesOfItsVillageOnly() {
        login("village1");
        UI.getCurrent().navigate(DashboardView.class);
        Grid<DashboardView.CategoryRow> village = _get(Grid.class, spec -> spec.withId("table-categories"));
        assertThat(GridKt._size(village)).isEqualTo(4);
        long villageHouseholds = total(village);

        login("county1");
        UI.getCurrent().navigate("households");
        UI.getCurrent().navigate(DashboardView.class);
        Grid<DashboardView.CategoryRow> county = _get(Grid.class, spec -> spec.withId("table-categories"));
        assertThat(GridKt._get(county, 0).category()).isEqualTo("返贫户");
        // the county holds the village and five more: strictly more monitored households
        assertThat(total(county)).isGreaterThan(villageHouseholds).isGreaterThan(0);
    }

    private static long total(Grid<DashboardView.CategoryRow> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToLong(i -> GridKt._get(grid, i).households())
                .sum();
    }
}
