package cn.jiandang.identification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.PovertyFactor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

import static cn.jiandang.TaskPages.assertInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The new-household application names each wrong field beside it and stores nothing. */
class IdentificationValidationTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void emptyFieldsAreNamedBesideThemAndNothingIsStored() {
        int before = cases();
        login("village1");
        UI.getCurrent().navigate("identification/apply");
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));
        assertInvalid(field("apply-phone"), "请填写此项");
        assertInvalid(field("apply-member-name-0"), "请填写此项");
        assertInvalid(field("apply-member-id-0"), "请填写此项");
        assertInvalid(_get(MultiSelectComboBox.class, spec -> spec.withId("apply-factors")), "请选择");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongIdNumberPhoneOrTooLongNameIsNamedAndNothingIsStored() {
        int before = cases();
        login("village1");
        UI.getCurrent().navigate("identification/apply");
        String valid = TestHouseholds.newIdNumber();
        char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
        _setValue(field("apply-phone"), "12345");
        _setValue(field("apply-member-name-0"), "名".repeat(51));
        _setValue(field("apply-member-id-0"), valid.substring(0, 17) + wrongCheck);
        _setValue((MultiSelectComboBox<PovertyFactor>) _get(MultiSelectComboBox.class,
                spec -> spec.withId("apply-factors")), Set.of(PovertyFactor.EPIDEMIC));
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));
        assertInvalid(field("apply-phone"), "联系电话无效：请填写11位手机号码或带区号的固定电话，如 13812345678 或 0311-86012345");
        assertInvalid(field("apply-member-name-0"), "最多50个字，现有51个字");
        assertInvalid(field("apply-member-id-0"), IdNumber.Violation.CHECK_DIGIT.message());
        assertThat(cases()).isEqualTo(before);

        // once fixed, the message goes and the application is made
        _setValue(field("apply-phone"), "13512345678");
        assertThat(field("apply-phone").isInvalid()).isFalse();
        _setValue(field("apply-member-name-0"), "褚新户");
        _setValue(field("apply-member-id-0"), valid);
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));
        assertThat(cases()).isEqualTo(before + 1);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private int cases() {
        return jdbc.queryForObject("select count(*) from identification_case", Integer.class);
    }
}
