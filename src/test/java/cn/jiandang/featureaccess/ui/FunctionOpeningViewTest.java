package cn.jiandang.featureaccess.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrantView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionOpeningViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theProvinceSeesItsOpenFunctionsAndItsRequests() {
        login("province1");
        UI.getCurrent().navigate("function-opening");
        assertThat(_get(FunctionOpeningView.class).openFeatures()).contains(Feature.NATURAL_CHANGE, Feature.STATISTICS);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("featureaccess-open-now")))).isEqualTo(Feature.values().length);
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
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).isNotEmpty()
                .noneMatch(FunctionOpeningView.class::isInstance);
    }
}
