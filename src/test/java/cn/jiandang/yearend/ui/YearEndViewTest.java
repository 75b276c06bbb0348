package cn.jiandang.yearend.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.yearend.CandidateView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndService;
import cn.jiandang.yearend.YearEndStatus;
import cn.jiandang.yearend.YearEndVariables;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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
    YearEndService yearEnd;
    @Autowired
    TaskListService taskList;

    @Test
    @SuppressWarnings("unchecked")
    void theCountyOpensARoundAndTheVillageDecidesTheListWithOneException() {
        loginAs(TestLogins.officer("yv-county", Role.COUNTY_OFFICER, "130126000000"), "COUNTY_OFFICER");
        UI.getCurrent().navigate("year-end");
        _setValue(_get(IntegerField.class, spec -> spec.withId("yearend-year")), 2031);
        _click(_get(Button.class, spec -> spec.withId("yearend-open")));

        loginAs(TestLogins.officer("yv-village", Role.VILLAGE_OFFICER, "130126101201"), "VILLAGE_OFFICER");
        YearEndCaseView c = yearEnd.cases().stream().filter(x -> x.year() == 2031).findFirst().orElseThrow();
        List<CandidateView> list = yearEnd.candidates(c.id());
        String taskId = taskList.page(0, 500).stream()
                .filter(r -> YearEndVariables.PROCESS_KEY.equals(r.task().processDefinitionKey()) && r.task().caseId() == c.id())
                .findFirst().orElseThrow().task().id();
        UI.getCurrent().navigate("task/" + taskId);
        long excluded = list.get(0).householdId();
        Grid<CandidateView> grid = _get(Grid.class, spec -> spec.withId("yearend-candidates"));
        ((Checkbox) GridKt._getCellComponent(grid, 0, "included")).setValue(false);
        ((TextField) GridKt._getCellComponent(grid, 0, "reason")).setValue("饮水安全未保障");
        _click(_get(Button.class, spec -> spec.withId("task-submit")));

        YearEndCaseView after = yearEnd.find(c.id());
        assertThat(after.status()).isEqualTo(YearEndStatus.NOTICE);
        assertThat(after.included()).isEqualTo(list.size() - 1);
        assertThat(yearEnd.candidates(c.id())).filteredOn(v -> v.householdId() == excluded).singleElement()
                .extracting(CandidateView::reason).isEqualTo("饮水安全未保障");
    }

    @Test
    void aSupervisorIsRefused() {
        login("supervisor");
        UI.getCurrent().navigate("year-end");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).isNotEmpty()
                .noneMatch(YearEndView.class::isInstance);
    }

    private static void loginAs(Officer officer, String role) {
        Authentication auth = TestLogins.login(officer);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> Set.of(role).contains(r));
    }
}
