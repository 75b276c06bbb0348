package cn.jiandang.functionopening.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.featureaccess.GrantStatus;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.functionopening.FunctionOpeningVariables;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionOpeningViewTest extends KaribuTest {

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    TaskListService taskList;

    @Test
    void theCentreApprovesARequestFromItsTaskPage() {
        TestLogins.login(TestLogins.officer("province22", Role.PROVINCE_OFFICER, "220000000000"));
        long id = openingIntake.request(
                Feature.BASE_DATA_EDIT,
                "基础信息年度更新",
                LocalDate.now(),
                LocalDate.now().plusDays(30));
        login("centre");
        String taskId = taskList.page(0, 500).stream()
                .filter(r ->
                        FunctionOpeningVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                                && r.task().caseId() == id)
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        UI.getCurrent().navigate("task/" + taskId);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.OPEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProvinceSeesItsOpenFunctionsAndItsRequests() {
        login("province1");
        UI.getCurrent().navigate("function-opening");
        assertThat(_get(FunctionOpeningView.class).openFeatures()).contains(Feature.NATURAL_CHANGE, Feature.STATISTICS);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("featureaccess-open-now"))))
                .isEqualTo(Feature.values().length);
        Grid<FeatureGrantView> requests = _get(Grid.class, spec -> spec.withId("featureaccess-requests"));
        assertThat(_size(requests)).isGreaterThanOrEqualTo(Feature.values().length - 1);
    }

    @Test
    void theCentreSeesTheRequestsWithoutTheProvinceForm() {
        login("centre");
        UI.getCurrent().navigate("function-opening");
        assertThat(_get(FunctionOpeningView.class)).isNotNull();
        _assertNone(Grid.class, spec -> spec.withId("featureaccess-open-now"));
    }

    @Test
    void aVillageOfficerIsRefused() {
        login("village1");
        UI.getCurrent().navigate("function-opening");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .isNotEmpty()
                .noneMatch(FunctionOpeningView.class::isInstance);
    }
}
