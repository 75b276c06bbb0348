package cn.jiandang.household.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The household page: script in a name is text, numbers masked, full numbers only for the region and audited. */
class HouseholdPageSecurityTest extends KaribuTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scriptInANameIsShownAsTextNeverRun() {
        long id = register(SCRIPT);
        login("village1");
        UI.getCurrent().navigate("household/" + id);
        H2 head = _get(H2.class, spec -> spec.withId("household-head"));
        assertThat(head.getText()).isEqualTo(SCRIPT);
        // escaped in the markup the browser receives: a text node, not an element
        assertThat(head.getElement().getOuterHTML()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(head.getElement().getChildren().allMatch(c -> c.isTextNode()))
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> members = _get(Grid.class, spec -> spec.withId("members"));
        assertThat(GridKt._getFormattedRow(members, 0).get(0)).isEqualTo(SCRIPT);
    }

    @Test
    void numbersAreMaskedAndTheFullNumberIsShownOnlyToTheRegionAndAudited() {
        long id = register("钱七");
        login("village1");
        UI.getCurrent().navigate("household/" + id);
        @SuppressWarnings("unchecked")
        Grid<Object> members = _get(Grid.class, spec -> spec.withId("members"));
        assertThat(GridKt._getFormattedRow(members, 0).get(1)).matches("1301\\*{10}\\d{3}[\\dX]");
        assertThat(_get(Grid.class, spec -> spec.withId("audit-entries"))).isNotNull();

        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        _click(_get(Button.class, spec -> spec.withId("action-security-reveal")));
        @SuppressWarnings("unchecked")
        Grid<Object> revealed = _get(Grid.class, spec -> spec.withId("revealed-members"));
        assertThat(GridKt._getFormattedRow(revealed, 0).get(1)).matches("130125\\d{11}[\\dX]");
        assertThat(_get(Paragraph.class, spec -> spec.withId("revealed-phone")).getText())
                .contains("13812345678");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where id > ? and household_id = ?"
                                + " and actor = 'village1' and action = 'REVEAL_PERSONAL_NUMBERS'",
                        Integer.class,
                        before,
                        id))
                .isEqualTo(1);

        // the supervisor may read the household but sees no full numbers and has no button for them
        login("supervisor");
        UI.getCurrent().navigate("household/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("action-security-reveal")))
                .isEmpty();
    }

    private long register(String headName) {
        TestLogins.login("village1");
        return households.register(TestPeople.household(RegionCode.of("130125100201"), headName));
    }
}
