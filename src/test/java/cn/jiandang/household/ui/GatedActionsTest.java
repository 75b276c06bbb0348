package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.functionopening.DemoFunctions;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** R12 on the household page: while a function is closed its button stays, disabled, and says why. */
class GatedActionsTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    FeatureGrants grants;

    @Autowired
    TaskService taskService;

    @Test
    void closedFunctionsDisableTheirActionsAndTheBaseDataPanelSaysSo() {
        TestLogins.login("township1");
        long id = TestHouseholds.register(households, "130125100201", Category.POOR);
        login("township1");
        UI.getCurrent().navigate("household/" + id);
        assertThat(_get(Button.class, spec -> spec.withId("action-assistance-start"))
                        .isEnabled())
                .isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("base-data-closed"))).isEmpty();

        DemoFunctions functions = new DemoFunctions(openingIntake, opening, grants, taskService);
        LocalDate assistanceUntil = functions.close(Feature.ASSISTANCE);
        LocalDate baseDataUntil = functions.close(Feature.BASE_DATA_EDIT);
        try {
            login("township1");
            UI.getCurrent().navigate("household/" + id);
            Button assign = _get(Button.class, spec -> spec.withId("action-assistance-start"));
            assertThat(assign.isEnabled()).isFalse();
            assertThat(assign.getTooltip().getText()).isEqualTo("本省尚未开放帮扶信息录入功能，请省级扶贫办向信息中心申请开放");
            assertThat(_get(Span.class, spec -> spec.withId("base-data-closed")).getText())
                    .isEqualTo("本省尚未开放基础信息修改功能：这部分基础信息暂时只能查看");

            // issue 6: in English the function names are English too
            _click(_get(Button.class, spec -> spec.withId("language")));
            UI.getCurrent().navigate("household/" + id);
            assertThat(_get(Button.class, spec -> spec.withId("action-assistance-start"))
                            .getTooltip()
                            .getText())
                    .isEqualTo(
                            "Not open in this province: Assistance entry. The provincial office must ask the centre to open it");
            assertThat(_get(Span.class, spec -> spec.withId("base-data-closed")).getText())
                    .isEqualTo("Not open in this province: Base data editing. This base data is read-only for now");
        } finally {
            functions.reopen(Feature.ASSISTANCE, assistanceUntil);
            functions.reopen(Feature.BASE_DATA_EDIT, baseDataUntil);
        }
    }
}
