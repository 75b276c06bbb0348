package cn.jiandang.villageexit.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.villageexit.VillageExitService;
import cn.jiandang.villageexit.VillageExitStatus;
import cn.jiandang.villageexit.VillageExitVariables;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class VillageExitViewTest extends KaribuTest {

    @Autowired
    VillageExitService villageExit;
    @Autowired
    TaskListService taskList;

    @Test
    void theCountyApprovesAProposalFromItsTaskPage() {
        TestLogins.login("township2");
        RegionCode village = RegionCode.of("130125101201");
        long id = villageExit.propose(village, villageExit.populations(village)[0] * 100, "达标");
        login("county1");
        String taskId = taskList.page(0, 500).stream()
                .filter(r -> VillageExitVariables.PROCESS_KEY.equals(r.task().processDefinitionKey()) && r.task().caseId() == id)
                .findFirst().orElseThrow().task().id();
        UI.getCurrent().navigate("task/" + taskId);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.NOTICE);
    }

    @Test
    void theTownshipMayPropose() {
        login("township1");
        UI.getCurrent().navigate("village-exit");
        assertThat(_get(Button.class, spec -> spec.withId("villageexit-propose"))).isNotNull();
    }

    @Test
    void theProvinceOnlyFollows() {
        login("province1");
        UI.getCurrent().navigate("village-exit");
        assertThat(_get(Grid.class, spec -> spec.withId("villageexit-cases"))).isNotNull();
        _assertNone(Button.class, spec -> spec.withId("villageexit-propose"));
    }

    @Test
    void aVillageOfficerIsRefused() {
        login("village1");
        UI.getCurrent().navigate("village-exit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).isNotEmpty()
                .noneMatch(VillageExitView.class::isInstance);
    }
}
