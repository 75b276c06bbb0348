package cn.jiandang.household.ui.edit;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Education;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.Relation;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.HouseholdUpdate;
import cn.jiandang.household.basedata.IncomeView;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household page's edit forms (issue 11) as a village officer uses them: record a birth and a death, edit a
 * member (R10), enter a year's incomes (R6), the contact and the relocation (R9); wrong fields are marked and nothing
 * is written; an edit over somebody else's newer version says who made it.
 */
@SuppressWarnings("unchecked")
class HouseholdEditFormsTest extends KaribuTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    BaseDataEdits edits;

    @Autowired
    MapTiles tiles;

    @Test
    void aBirthAndADeathAreRecordedFromThePage() {
        long id = openHousehold();
        open("household.action.naturalChange");
        _get(Select.class, spec -> spec.withId("nc-kind")).setValue(NaturalChangeKind.BIRTH);
        _get(TextField.class, spec -> spec.withId("nc-month")).setValue("2020-13");
        _get(TextField.class, spec -> spec.withId("nc-name")).setValue("页面宝宝");
        _get(TextField.class, spec -> spec.withId("nc-id-number")).setValue(newborn(LocalDate.of(2020, 10, 3)));
        _get(Select.class, spec -> spec.withId("nc-relation")).setValue(Relation.CHILD);
        _click(_get(Button.class, spec -> spec.withId("nc-submit")));
        TextField month = _get(TextField.class, spec -> spec.withId("nc-month"));
        assertThat(month.isInvalid()).isTrue();
        assertThat(names(id)).doesNotContain("页面宝宝");

        month.setValue("2020-10");
        _click(_get(Button.class, spec -> spec.withId("nc-submit")));
        assertThat(names(id)).contains("页面宝宝");

        open("household.action.naturalChange");
        _get(Select.class, spec -> spec.withId("nc-kind")).setValue(NaturalChangeKind.DEATH);
        _get(TextField.class, spec -> spec.withId("nc-month")).setValue("2021-02");
        Select<HouseholdDetails.MemberView> leaving = _get(Select.class, spec -> spec.withId("nc-leaving"));
        leaving.setValue(households.details(id).members().stream()
                .filter(m -> m.name().equals("测试配偶"))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("nc-submit")));
        assertThat(names(id)).doesNotContain("测试配偶");
    }

    @Test
    void aMemberWhoWorksAwayIsSavedOnlyWithARealPhone() {
        long id = openHousehold();
        open("household.action.member");
        Select<HouseholdDetails.MemberView> member = _get(Select.class, spec -> spec.withId("member-edit-member"));
        HouseholdDetails.MemberView head = households.details(id).members().get(0);
        member.setValue(head);
        _get(Select.class, spec -> spec.withId("member-edit-education")).setValue(Education.PRIMARY);
        _get(Checkbox.class, spec -> spec.withId("member-edit-migrant-work")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("member-edit-submit")));
        TextField phone = _get(TextField.class, spec -> spec.withId("member-edit-phone"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(edits.member(id, head.memberId()).data().migrantWork()).isFalse();

        phone.setValue("13612345678");
        _click(_get(Button.class, spec -> spec.withId("member-edit-submit")));
        var saved = edits.member(id, head.memberId()).data();
        assertThat(saved.migrantWork()).isTrue();
        assertThat(saved.education()).isEqualTo(Education.PRIMARY);
        assertThat(saved.contactPhone()).isEqualTo("13612345678");
    }

    @Test
    void a2020IncomeIsEnteredAndItsPerCapitaIncomeShows() {
        long id = openHousehold();
        open("household.action.income");
        _get(IntegerField.class, spec -> spec.withId("income-year")).setValue(2020);
        _get(BigDecimalField.class, spec -> spec.withId("income-wages")).setValue(new BigDecimal("-5"));
        money("income-production", "1000");
        money("income-property", "0");
        money("income-transfer", "500");
        money("income-costs", "100");
        _click(_get(Button.class, spec -> spec.withId("income-submit")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("income-wages"))
                        .isInvalid())
                .isTrue();
        assertThat(baseData.incomes(id)).isEmpty();

        money("income-wages", "4600");
        _click(_get(Button.class, spec -> spec.withId("income-submit")));
        IncomeView saved = baseData.incomes(id).get(0);
        assertThat(saved.perCapita()).isEqualByComparingTo("3000.00");
        Grid<IncomeView> grid = _get(Grid.class, spec -> spec.withId("incomes"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2020", "6000.00", "3000.00");
    }

    @Test
    void theContactAndARelocationInChinaAreSaved() {
        long id = openHousehold();
        open("household.action.contact");
        TextField phone = _get(TextField.class, spec -> spec.withId("contact-phone"));
        phone.setValue("5555");
        _click(_get(Button.class, spec -> spec.withId("contact-submit")));
        assertThat(phone.isInvalid()).isTrue();
        phone.setValue("13598765432");
        _click(_get(Button.class, spec -> spec.withId("contact-submit")));
        assertThat(households.details(id).contactPhone()).isEqualTo("13598765432");

        open("household.action.relocation");
        _get(Checkbox.class, spec -> spec.withId("relocation-relocated")).setValue(true);
        coordinate("relocation-lon-before", "38.4");
        coordinate("relocation-lat-before", "114.2");
        coordinate("relocation-lon-after", "114.383");
        coordinate("relocation-lat-after", "38.308");
        _click(_get(Button.class, spec -> spec.withId("relocation-submit")));
        BigDecimalField lon = _get(BigDecimalField.class, spec -> spec.withId("relocation-lon-before"));
        assertThat(lon.isInvalid()).isTrue();
        assertThat(lon.getErrorMessage()).contains("73.4");
        assertThat(households.details(id).relocation()).isNull();
        coordinate("relocation-lon-before", "114.2");
        coordinate("relocation-lat-before", "38.4");
        _click(_get(Button.class, spec -> spec.withId("relocation-submit")));
        assertThat(households.details(id).relocation().after().longitude()).isEqualByComparingTo("114.383");
    }

    @Test
    void withATileServerTheRelocationIsPickedOnTheMapAndCheckedLikeTypedOnes() {
        long id = openHousehold();
        open("household.action.relocation");
        assertThat(_find(MapPicker.class))
                .as("no tile server: a coordinate form only")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("cancel"))));
        String before = tiles.use("http://tiles.test/{z}/{x}/{y}.png");
        try {
            open("household.action.relocation");
            _get(Checkbox.class, spec -> spec.withId("relocation-relocated")).setValue(true);
            MapPicker map = _get(MapPicker.class);
            assertThat(map.isVisible()).isTrue();
            map.picked(-0.1276, 51.5072); // London: outside China, refused like a typed one
            assertThat(map.target()).isEqualTo(MapPicker.Target.AFTER);
            map.picked(114.383, 38.308);
            _click(_get(Button.class, spec -> spec.withId("relocation-submit")));
            assertThat(_get(BigDecimalField.class, spec -> spec.withId("relocation-lon-before"))
                            .isInvalid())
                    .isTrue();
            assertThat(households.details(id).relocation()).isNull();
            _get(RadioButtonGroup.class, spec -> spec.withId("relocation-map-target"))
                    .setValue(MapPicker.Target.BEFORE);
            map.picked(114.2000004, 38.4);
            _click(_get(Button.class, spec -> spec.withId("relocation-submit")));
            var saved = households.details(id).relocation();
            assertThat(saved.before().longitude()).isEqualByComparingTo("114.2");
            assertThat(saved.after().latitude()).isEqualByComparingTo("38.308");
        } finally {
            tiles.use(before);
        }
    }

    @Test
    void anEditOverSomebodyElsesNewerVersionSaysWhoMadeIt() {
        long id = openHousehold();
        open("household.action.income");
        TestLogins.login("township1");
        edits.update(id, HouseholdUpdate.contact("13911112222", true), null);
        login("village1");
        _get(IntegerField.class, spec -> spec.withId("income-year")).setValue(2020);
        for (String field : new String[] {"wages", "production", "property", "transfer", "costs"}) {
            money("income-" + field, "1");
        }
        _click(_get(Button.class, spec -> spec.withId("income-submit")));
        VersionNotice notice = _get(VersionNotice.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("township1");
        assertThat(baseData.incomes(id)).isEmpty();
    }

    private long openHousehold() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, "130125100201", null);
        login("village1");
        UI.getCurrent().navigate("household/" + id);
        return id;
    }

    private static void open(String labelKey) {
        _click(_get(Button.class, spec -> spec.withId("action-" + labelKey.replace('.', '-'))));
    }

    private List<String> names(long id) {
        return households.details(id).members().stream()
                .map(HouseholdDetails.MemberView::name)
                .toList();
    }

    private static void money(String id, String value) {
        _get(BigDecimalField.class, spec -> spec.withId(id)).setValue(new BigDecimal(value));
    }

    private static void coordinate(String id, String value) {
        _get(BigDecimalField.class, spec -> spec.withId(id)).setValue(new BigDecimal(value));
    }

    private static String newborn(LocalDate birth) {
        String first17 =
                "130125" + birth.toString().replace("-", "") + String.format("%03d", 600 + SEQ.incrementAndGet() % 100);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
