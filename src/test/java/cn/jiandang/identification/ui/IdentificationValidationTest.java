package cn.jiandang.identification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static cn.jiandang.TaskPages.assertInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The new-household application and the home verification name each wrong field beside it and store nothing. */
class IdentificationValidationTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    TaskPages pages;

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
        _setValue(
                (MultiSelectComboBox<PovertyFactor>)
                        _get(MultiSelectComboBox.class, spec -> spec.withId("apply-factors")),
                Set.of(PovertyFactor.EPIDEMIC));
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

    @Test
    void anAttachmentOfTheWrongTypeIsRefusedBesideTheUploadAndNotStored() {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, "130125100201", null);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        int before = jdbc.queryForObject("select count(*) from attachment", Integer.class);
        login("village1");
        pages.open(IdentificationVariables.PROCESS_KEY, caseId, IdentificationVariables.TASK_HOME_VERIFICATION);
        AttachmentField upload = _get(AttachmentField.class, spec -> spec.withId("verification-attachment"));
        upload.stored("承诺书.pdf", "MZ not a pdf at all".getBytes(StandardCharsets.UTF_8));
        assertInvalid(upload, "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        assertThat(jdbc.queryForObject("select count(*) from attachment", Integer.class))
                .isEqualTo(before);

        // submitting keeps the refusal in view and names the unticked commitment too
        TaskPages.submit();
        assertInvalid(upload, "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        assertInvalid(_get(Checkbox.class, spec -> spec.withId("verification-signed")), "请勾选确认");
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private int cases() {
        return jdbc.queryForObject("select count(*) from identification_case", Integer.class);
    }
}
