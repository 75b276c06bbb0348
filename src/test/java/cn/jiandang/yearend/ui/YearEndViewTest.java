package cn.jiandang.yearend.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestIncomes;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.yearend.BasicNeed;
import cn.jiandang.yearend.CandidateView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndIntake;
import cn.jiandang.yearend.YearEndStatus;
import cn.jiandang.yearend.YearEndVariables;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The county opens a round from the view; the village decides its whole list in the task form, one exception. */
class YearEndViewTest extends KaribuTest {

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    BaseDataService baseData;

    @Autowired
    HouseholdService households;

    @Test
    @SuppressWarnings("unchecked")
    void theCountyOpensARoundAndTheVillageDecidesTheListWithOneException() {
        loginAs(TestLogins.officer("yv-county", Role.COUNTY_OFFICER, "130126000000"), "COUNTY_OFFICER");
        List<Long> withIncome =
                TestIncomes.recordHighForExiting(baseData, households, RegionCode.of("130126101201"), 2031);
        UI.getCurrent().navigate("year-end");
        _setValue(_get(IntegerField.class, spec -> spec.withId("yearend-year")), 2031);
        // the line is suggested from the setting; the official confirms it
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("yearend-poverty-line"))
                        .getValue())
                .isEqualByComparingTo(yearEndIntake.suggestedPovertyLine());
        _click(_get(Button.class, spec -> spec.withId("yearend-open")));

        loginAs(TestLogins.officer("yv-village", Role.VILLAGE_OFFICER, "130126101201"), "VILLAGE_OFFICER");
        YearEndCaseView c = yearEnd.cases().stream()
                .filter(x -> x.year() == 2031)
                .findFirst()
                .orElseThrow();
        List<CandidateView> list = yearEnd.candidates(c.id());
        assertThat(list).extracting(CandidateView::householdId).containsExactlyInAnyOrderElementsOf(withIncome);
        String taskId = taskList.page(0, 500).stream()
                .filter(r -> YearEndVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && r.task().caseId() == c.id())
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        UI.getCurrent().navigate("task/" + taskId);
        long excluded = list.get(0).householdId();
        Grid<CandidateView> grid = _get(Grid.class, spec -> spec.withId("yearend-candidates"));
        // the candidate list shows each household's per-capita net income of the year
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains(list.get(0).perCapitaIncome().toPlainString());
        ((Checkbox) GridKt._getCellComponent(grid, 0, "included")).setValue(false);
        ((MultiSelectComboBox<BasicNeed>) GridKt._getCellComponent(grid, 0, "insecure"))
                .setValue(Set.of(BasicNeed.DRINKING_WATER));
        _click(_get(Button.class, spec -> spec.withId("task-submit")));

        YearEndCaseView after = yearEnd.find(c.id());
        assertThat(after.status()).isEqualTo(YearEndStatus.NOTICE);
        assertThat(after.included()).isEqualTo(list.size() - 1);
        assertThat(yearEnd.candidates(c.id()))
                .filteredOn(v -> v.householdId() == excluded)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.reason()).isEqualTo("饮水安全未保障");
                    assertThat(v.insecure()).containsExactly(BasicNeed.DRINKING_WATER);
                });
    }

    @Test
    void aSupervisorIsRefused() {
        login("supervisor");
        UI.getCurrent().navigate("year-end");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .isNotEmpty()
                .noneMatch(YearEndView.class::isInstance);
    }

    private static void loginAs(Officer officer, String role) {
        Authentication auth = TestLogins.login(officer);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> Set.of(role).contains(r));
    }
}
