package cn.jiandang.villageexit.ui;

import cn.jiandang.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class VillageExitViewTest extends KaribuTest {

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
