package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** 农户档案 as an official finds households: by name or ID number, page by page, with the number found. */
@SuppressWarnings("unchecked")
class HouseholdListViewTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Test
    void aNamePrefixListsTheMatchingHouseholdsWithTheirNumber() {
        String p = prefix();
        TestLogins.login("county1");
        long a = register("130125100201", p + "甲", TestHouseholds.newIdNumber());
        long b = register("130125101201", p + "乙", TestHouseholds.newIdNumber());
        login("county1");
        UI.getCurrent().navigate("households");

        _get(TextField.class, spec -> spec.withId("households-q")).setValue(p);
        Grid<HouseholdSummary> grid = _get(Grid.class, spec -> spec.withId("households"));
        assertThat(rows(grid)).extracting(HouseholdSummary::id).containsExactly(a, b);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(p + "甲");
        assertThat(_get(Span.class, spec -> spec.withId("households-total")).getText())
                .isEqualTo("共 2 户");
        assertThat(_get(Button.class, spec -> spec.withId("households-next")).isEnabled())
                .isFalse();
    }

    @Test
    void theAddressCarriesTheSearchTextAndCategory() {
        String p = prefix();
        TestLogins.login("county1");
        long a = register("130125100201", p + "丙", TestHouseholds.newIdNumber());
        register("130125101201", "别" + p, TestHouseholds.newIdNumber());
        login("county1");
        UI.getCurrent().navigate("households", QueryParameters.simple(java.util.Map.of("q", p)));

        assertThat(_get(TextField.class, spec -> spec.withId("households-q")).getValue())
                .isEqualTo(p);
        Grid<HouseholdSummary> grid = _get(Grid.class, spec -> spec.withId("households"));
        assertThat(rows(grid)).extracting(HouseholdSummary::id).containsExactly(a);
        assertThat(_get(Span.class, spec -> spec.withId("households-total")).getText())
                .isEqualTo("共 1 户");

        UI.getCurrent().navigate("households", QueryParameters.simple(java.util.Map.of("q", p, "category", "POOR")));
        assertThat(rows(_get(Grid.class, spec -> spec.withId("households")))).isEmpty();
    }

    @Test
    void aFullIdNumberSaysWhoHoldsItAndOpensTheHousehold() {
        TestLogins.login("village1");
        String head = TestHouseholds.newIdNumber();
        String name = prefix() + "主";
        long id = register("130125100201", name, head);
        login("village1");
        UI.getCurrent().navigate("households");

        _get(TextField.class, spec -> spec.withId("households-q")).setValue(head);
        Grid<HouseholdSummary> grid = _get(Grid.class, spec -> spec.withId("households"));
        assertThat(rows(grid)).extracting(HouseholdSummary::id).containsExactly(id);
        assertThat(GridKt._getFormattedRow(grid, 0)).doesNotContain(head);
        String person =
                _get(Span.class, spec -> spec.withId("households-person")).getText();
        assertThat(person).contains(name, "户主", "东关村").doesNotContain(head);
        _click(_get(Button.class, spec -> spec.withId("households-person-open")));
        assertThat(_get(HouseholdView.class)).isNotNull();
    }

    @Test
    void aHalfTypedIdNumberIsMarkedBesideTheField() {
        login("village1");
        UI.getCurrent().navigate("households");
        TextField q = _get(TextField.class, spec -> spec.withId("households-q"));
        q.setValue("13012519700101");
        assertThat(q.isInvalid()).isTrue();
        assertThat(q.getErrorMessage()).contains("18位");
    }

    @Test
    void pagesGoForwardAndBackByKey() {
        login("county1");
        UI.getCurrent().navigate("households");
        Grid<HouseholdSummary> grid = _get(Grid.class, spec -> spec.withId("households"));
        List<HouseholdSummary> first = rows(grid);
        assertThat(first).hasSize(50);
        assertThat(_get(Span.class, spec -> spec.withId("households-page")).getText())
                .isEqualTo("第 1 页");
        _click(_get(Button.class, spec -> spec.withId("households-next")));
        List<HouseholdSummary> second = rows(grid);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        Comparator<HouseholdSummary> listOrder = Comparator.comparing(
                        (HouseholdSummary h) -> h.villageCode().value())
                .thenComparingLong(HouseholdSummary::id);
        assertThat(listOrder.compare(second.get(0), first.get(49))).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("households-page")).getText())
                .isEqualTo("第 2 页");
        _click(_get(Button.class, spec -> spec.withId("households-previous")));
        assertThat(rows(grid)).isEqualTo(first);
    }

    private long register(String village, String head, String headId) {
        return households.register(new NewHousehold(
                RegionCode.of(village),
                "13800000000",
                false,
                List.of(
                        new NewHousehold.NewMember(head, headId, Relation.HEAD),
                        new NewHousehold.NewMember("配偶", TestHouseholds.newIdNumber(), Relation.SPOUSE))));
    }

    private static List<HouseholdSummary> rows(Grid<HouseholdSummary> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    private static String prefix() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new String(new char[] {(char) (0x4E00 + r.nextInt(0x5000)), (char) (0x4E00 + r.nextInt(0x5000))});
    }
}
