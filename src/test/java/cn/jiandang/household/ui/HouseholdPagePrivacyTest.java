package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.security.Masking;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household page shows no full ID or phone number anywhere (members, versions and their comparison, the audit
 * entries): the full numbers appear only in the audited "show full numbers" dialog.
 */
@SuppressWarnings("unchecked")
class HouseholdPagePrivacyTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Autowired
    NaturalChangeService naturalChanges;

    @Test
    void membersVersionsTheirComparisonAndTheAuditAreMasked() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, "130125100201", null);
        String newcomer = TestHouseholds.newIdNumber();
        naturalChanges.record(new NaturalChangeRequest(
                id,
                NaturalChangeKind.OTHER_IN,
                YearMonth.of(2020, 6),
                new NewHousehold.NewMember("迁入成员", newcomer, Relation.CHILD)));
        login("village1");
        UI.getCurrent().navigate("household/" + id);

        Select<Integer> from = _get(Select.class, spec -> spec.withId("version-from"));
        from.setValue(1);
        _click(_get(Button.class, spec -> spec.withId("version-compare")));
        Grid<?> diff = _get(Grid.class, spec -> spec.withId("version-diff"));
        assertThat(rows(diff))
                .anySatisfy(row -> assertThat(String.join(" ", row)).contains(Masking.idNumber(newcomer)));

        String page = pageText();
        assertThat(page).contains("迁入成员").contains(Masking.idNumber(newcomer));
        assertThat(Masking.containsPersonalNumber(page)).as(page).isFalse();
        assertThat(page).doesNotContain(newcomer).doesNotContain("13800000000");
    }

    /** Every text on the page: component texts and every row of every grid. */
    private static String pageText() {
        List<String> texts = new ArrayList<>();
        for (Component c : _find(Component.class)) {
            texts.add(c.getElement().getTextRecursively());
            c.getElement()
                    .getPropertyNames()
                    .forEach(p -> texts.add(String.valueOf(c.getElement().getProperty(p))));
        }
        for (Grid<?> grid : _find(Grid.class)) {
            rows(grid).forEach(row -> texts.add(String.join(" | ", row)));
        }
        return String.join("\n", texts);
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .toList();
    }
}
