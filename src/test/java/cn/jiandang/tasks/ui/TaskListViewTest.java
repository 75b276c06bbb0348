package cn.jiandang.tasks.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.TestHouseholds;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TaskListViewTest extends KaribuTest {

    @Autowired
    IdentificationService identification;
    @Autowired
    HouseholdService households;

    @Test
    void theVillageOfficerSeesItsTaskAndTheCountyItInTheRegionTabOnly() {
        long caseId = startIdentification();

        login("village1");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(caseIds()).contains(caseId);
        assertThat(_get(Tab.class, spec -> spec.withId("tab-mine")).getLabel()).startsWith("我的待办");

        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(caseIds()).doesNotContain(caseId);
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        assertThat(caseIds()).contains(caseId);
        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).isNotBlank();
    }

    @Test
    void anotherVillagesOfficerSeesNeitherTab() {
        long caseId = startIdentification();
        login("village2");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(caseIds()).doesNotContain(caseId);
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        assertThat(caseIds()).doesNotContain(caseId);
    }

    @SuppressWarnings("unchecked")
    private List<Long> caseIds() {
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).task())
                .filter(t -> "identification".equals(t.processDefinitionKey())).map(t -> t.caseId()).toList();
    }

    private long startIdentification() {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, "130125100201", null);
        return identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
    }
}
