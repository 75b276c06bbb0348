package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.base.ui.AccessDeniedView;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HouseholdViewTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Test
    void village1SeesAHouseholdOfItsVillage() {
        long id = village1Household();
        login("village1");
        UI.getCurrent().navigate("household/" + id);
        assertThat(_get(HouseholdView.class)).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withId("household-head")).getText()).isNotBlank();
    }

    @Test
    void village2IsRefusedAHouseholdOfAnotherVillage() {
        long id = village1Household();
        login("village2");
        UI.getCurrent().navigate("household/" + id);
        assertThat(_get(AccessDeniedView.class)).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-message")).getText())
                .contains("无权查看本辖区以外的数据");
    }

    private long village1Household() {
        TestLogins.login("village1");
        return households.search(RegionCode.of("130125100201"), null, PageRequest.of(0, 1)).getContent().get(0).id();
    }
}
