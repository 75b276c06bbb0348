package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6: the household page names the procedures of its history and versions, never their codes. */
class HouseholdLabelsTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Test
    void theHistoryAndTheVersionsShowProcedureLabelsInTheOfficersLanguage() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, "130125100201", null);
        households.changeCategory(new CategoryChangeRequest(
                id,
                Category.NEWLY_POOR,
                YearMonth.of(2020, 3),
                Set.of(PovertyFactor.ILLNESS),
                "village1",
                "IDENTIFICATION",
                null));

        login("village1");
        UI.getCurrent().navigate("household/" + id);
        assertThat(column("category-history", 4)).containsExactly("识别");
        assertThat(column("versions", 3)).containsExactly("建档登记", "识别");
        // who: the officer's name, not the login name
        assertThat(column("category-history", 3)).containsExactly("张村官");
        assertThat(column("versions", 2)).containsExactly("张村官", "张村官");
        // the audit names the officer with its login, and the entity type by its label
        assertThat(column("audit-entries", 1)).contains("张村官（village1）").doesNotContain("village1");
        assertThat(column("audit-entries", 3))
                .anyMatch(entity -> entity.startsWith("农户 "))
                .noneMatch(entity -> entity.startsWith("Household "));

        _click(_get(Button.class, spec -> spec.withId("language")));
        UI.getCurrent().navigate("household/" + id);
        assertThat(column("category-history", 4)).containsExactly("Identification");
        assertThat(column("versions", 3)).containsExactly("Registration", "Identification");
    }

    @Test
    void aCodeWithoutALabelIsShownAsItIs() {
        assertThat(Labels.procedure(key -> "!zh: " + key, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(Labels.procedure(key -> "识别", "IDENTIFICATION")).isEqualTo("识别");
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(String gridId, int column) {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i).get(column))
                .toList();
    }
}
