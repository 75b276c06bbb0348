package cn.jiandang.functionopening.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.GrantStatus;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.functionopening.FunctionOpeningVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The request names its wrong fields; the centre's refusal needs a reason; the early close is confirmed from its form. */
class FunctionOpeningTaskFormsTest extends KaribuTest {

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    void theRequestNamesAMissingFeatureAndReasonAndAPeriodEndingBeforeItStarts() {
        int before = jdbc.queryForObject("select count(*) from feature_grant", Integer.class);
        login("province1");
        UI.getCurrent().navigate("function-opening");
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("featureaccess-from")),
                LocalDate.now().plusDays(10));
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("featureaccess-until")),
                LocalDate.now().plusDays(5));
        _click(_get(Button.class, spec -> spec.withId("featureaccess-submit")));
        assertInvalid(_get(Select.class, spec -> spec.withId("featureaccess-feature")), "请选择");
        assertInvalid(_get(TextArea.class, spec -> spec.withId("featureaccess-reason")), "请填写此项");
        assertInvalid(_get(DatePicker.class, spec -> spec.withId("featureaccess-until")), "结束日期不能早于开始日期");
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("featureaccess-until")),
                LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("featureaccess-submit")));
        assertInvalid(_get(DatePicker.class, spec -> spec.withId("featureaccess-until")), "日期不能早于今天");
        assertThat(jdbc.queryForObject("select count(*) from feature_grant", Integer.class))
                .isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCentreRefusesOnlyWithAReasonAndConfirmsAnEarlyCloseFromItsForm() {
        TestLogins.login(TestLogins.officer("province23", Role.PROVINCE_OFFICER, "230000000000"));
        long id = openingIntake.request(
                Feature.ASSISTANCE, "帮扶信息集中录入", LocalDate.now(), LocalDate.now().plusDays(30));
        login("centre");
        pages.open(PROCESS_KEY, id, TASK_CENTRE_DECISION);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("featureaccess-decision")),
                false);
        TaskPages.submit();
        assertInvalid(_get(TextArea.class, spec -> spec.withId("task-comment")), "请填写此项");
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.REQUESTED);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("featureaccess-decision")),
                true);
        TaskPages.submit();
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.OPEN);

        TestLogins.login(TestLogins.officer("province23", Role.PROVINCE_OFFICER, "230000000000"));
        opening.requestClose(id, "录入已提前完成");
        login("centre");
        pages.open(PROCESS_KEY, id, TASK_CONFIRM_CLOSE);
        TaskPages.submit();
        assertThat(opening.find(id).status()).isEqualTo(GrantStatus.CLOSED);
    }
}
