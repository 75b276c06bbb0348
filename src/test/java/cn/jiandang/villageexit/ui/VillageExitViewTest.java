package cn.jiandang.villageexit.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.villageexit.PoorVillageView;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import cn.jiandang.villageexit.VillageExitStatus;
import cn.jiandang.villageexit.VillageExitVariables;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class VillageExitViewTest extends KaribuTest {

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    RegionService regions;

    @Test
    void theCountyApprovesAProposalFromItsTaskPage() {
        TestLogins.login("township2");
        RegionCode village = RegionCode.of("130125101201");
        long id = villageExitIntake.propose(village, poorVillages.populations(village)[0] * 100, "达标");
        login("county1");
        String taskId = taskList.page(0, 500).stream()
                .filter(r -> VillageExitVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && r.task().caseId() == id)
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        UI.getCurrent().navigate("task/" + taskId);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.NOTICE);
    }

    @Test
    void theTownshipMayPropose() {
        login("township1");
        UI.getCurrent().navigate("village-exit");
        assertThat(_get(Button.class, spec -> spec.withId("villageexit-propose")))
                .isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTownshipIsOfferedOnlyItsPoorVillagesThatHaveNotExited() {
        login("township1");
        UI.getCurrent().navigate("village-exit");
        ComboBox<PoorVillageView> village = _get(ComboBox.class, spec -> spec.withId("villageexit-village"));
        assertThat(village.getListDataView().getItems().toList())
                .isNotEmpty()
                .noneMatch(PoorVillageView::exited)
                .extracting(PoorVillageView::villageCode)
                .allMatch(code -> code.startsWith("130125100"))
                .doesNotContain("130125100201");
        _assertNone(Button.class, spec -> spec.withId("villageexit-flag"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCountyFlagsAPoorVillageInTheView() {
        RegionCode code;
        do {
            code = RegionCode.of(
                    "130125101" + (300 + ThreadLocalRandom.current().nextInt(300)));
        } while (regions.find(code).isPresent());
        regions.create(code, "标注测试村", false);
        RegionCode created = code;
        login("county1");
        UI.getCurrent().navigate("village-exit");
        ComboBox<RegionView> village = _get(ComboBox.class, spec -> spec.withId("villageexit-flag-village"));
        _setValue(
                village,
                village.getListDataView()
                        .getItems()
                        .filter(v -> v.code().equals(created))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("villageexit-flag")));
        assertThat(poorVillages.poorVillages())
                .extracting(PoorVillageView::villageCode)
                .contains(created.value());
        Grid<PoorVillageView> grid = _get(Grid.class, spec -> spec.withId("villageexit-poor-villages"));
        assertThat(grid.getListDataView().getItems().map(PoorVillageView::name).toList())
                .contains("标注测试村");
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
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .isNotEmpty()
                .noneMatch(VillageExitView.class::isInstance);
    }
}
