package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.base.ui.AccessDeniedView;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.FieldDiff;
import cn.jiandang.household.basedata.IncomeView;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.naturalchange.NaturalChangeView;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.YearMonth;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class HouseholdViewTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    NaturalChangeService naturalChanges;

    @Test
    void village1SeesAHouseholdOfItsVillage() {
        long id = village1Household();
        login("village1");
        UI.getCurrent().navigate("household/" + id);
        assertThat(_get(HouseholdView.class)).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withId("household-head")).getText())
                .isNotBlank();
    }

    @Test
    void village2IsRefusedAHouseholdOfAnotherVillage() {
        long id = village1Household();
        login("village2");
        UI.getCurrent().navigate("household/" + id);
        assertThat(_get(AccessDeniedView.class)).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-message"))
                        .getText())
                .contains("无权查看本辖区以外的数据");
    }

    @Test
    void theIncomePeriodSaysWhichIdentificationItBelongsTo() {
        // a household identified years before the incomes it shows (the demo's 2019 and 2020)
        TestLogins.login("county1");
        HouseholdDetails h =
                households
                        .search(RegionCode.of("130125100201"), Category.POOR, PageRequest.of(0, 50))
                        .getContent()
                        .stream()
                        .map(s -> households.details(s.id()))
                        .filter(d -> d.identificationMonth() != null
                                && d.identificationMonth().getYear() < 2019)
                        .findFirst()
                        .orElseThrow();
        YearMonth month = h.identificationMonth();
        login("county1");
        UI.getCurrent().navigate("household/" + h.id());
        assertThat(_get(Span.class, spec -> spec.withId("income-period")).getText())
                .isEqualTo("收入计算周期（R5，属于 " + month + " 的识别）：" + month.minusYears(1) + " 至 " + month.minusMonths(1));
        assertThat(_get(Span.class, spec -> spec.withId("incomes-by-year")).getText())
                .startsWith("下表按自然年度记录收入");
    }

    @Test
    void thePageShowsIncomesRelocationNaturalChangesAndComparesVersions() {
        TestLogins.login("province1");
        RegionCode site = RegionCode.of("130126100204");
        long id = households
                .search(site, Category.POOR, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        TestLogins.login("centre");
        baseData.recordIncome(id, IncomeRecord.of(2020, "9999.99", "0", "0", "0", "0"));
        login("province1");
        UI.getCurrent().navigate("household/" + id);

        Grid<IncomeView> incomes = _get(Grid.class, spec -> spec.withId("incomes"));
        assertThat(GridKt._size(incomes)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(incomes, 1)).contains("2020", "9999.99");
        assertThat(_get(Span.class, spec -> spec.withId("income-period")).getText())
                .contains("收入计算周期");
        assertThat(_get(Span.class, spec -> spec.withId("incomes-by-year")).getText())
                .contains("自然年度");
        assertThat(_get(FormLayout.class, spec -> spec.withId("relocation"))).isNotNull();
        assertThat(_get(Grid.class, spec -> spec.withId("natural-changes"))).isNotNull();
        Grid<?> versions = _get(Grid.class, spec -> spec.withId("versions"));
        assertThat(GridKt._size(versions)).isGreaterThanOrEqualTo(4);

        // the last two versions are compared by default: the income just recorded
        Grid<FieldDiff> diff = _get(Grid.class, spec -> spec.withId("version-diff"));
        assertThat(IntStream.range(0, GridKt._size(diff)).mapToObj(i -> GridKt._getFormattedRow(diff, i)))
                .anySatisfy(row -> assertThat(row).containsExactly("2020年 工资性收入", row.get(1), "9999.99"));
        Select<Integer> from = _get(Select.class, spec -> spec.withId("version-from"));
        from.setValue(1);
        _click(_get(Button.class, spec -> spec.withId("version-compare")));
        assertThat(GridKt._size(diff)).isGreaterThan(1);
    }

    @Test
    void aHouseholdWithANaturalChangeListsIt() {
        TestLogins.login("village1");
        long id = households.search(RegionCode.of("130125100201"), null, PageRequest.of(0, 30)).getContent().stream()
                .filter(h -> !naturalChanges.list(h.id()).isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
        login("village1");
        UI.getCurrent().navigate("household/" + id);
        Grid<NaturalChangeView> grid = _get(Grid.class, spec -> spec.withId("natural-changes"));
        assertThat(GridKt._size(grid)).isPositive();
    }

    private long village1Household() {
        TestLogins.login("village1");
        return households
                .search(RegionCode.of("130125100201"), null, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
    }
}
