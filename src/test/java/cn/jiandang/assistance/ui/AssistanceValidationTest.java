package cn.jiandang.assistance.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.assistance.AssistanceCases;
import cn.jiandang.assistance.AssistanceIntake;
import cn.jiandang.assistance.AssistanceVariables;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.assistance.NewMeasure;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.jiandang.TaskPages.assertInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Money and dates of the assistance forms: checked beside the field before anything is stored. */
class AssistanceValidationTest extends KaribuTest {

    @Autowired
    AssistanceCases assistance;

    @Autowired
    AssistanceIntake assistanceIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void theAssignmentNamesAMissingDescriptionATooLongHelperAndANegativeAmount() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.NEWLY_POOR);
        login("township1");
        UI.getCurrent().navigate("household/" + householdId);
        _click(_get(Button.class, spec -> spec.withId("action-assistance-start")));
        _setValue(_get(TextField.class, spec -> spec.withId("assistance-helper")), "王".repeat(51));
        _setValue(
                (Select<MeasureType>) _get(Select.class, spec -> spec.withId("assistance-type-0")),
                MeasureType.DRINKING_WATER);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("assistance-amount-0")), new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withId("assistance-submit")));
        assertInvalid(_get(TextField.class, spec -> spec.withId("assistance-helper")), "最多50个字，现有51个字");
        assertInvalid(_get(TextField.class, spec -> spec.withId("assistance-description-0")), "请填写此项");
        assertInvalid(_get(BigDecimalField.class, spec -> spec.withId("assistance-amount-0")), "金额不能为负数");
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistance_plan where household_id = ?", Integer.class, householdId))
                .isZero();
    }

    @Test
    void theRecordNamesAFutureDateAndAnAmountWithThreeDecimalsAndStaysOpen() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.NEWLY_POOR);
        TestLogins.login("township1");
        long planId = assistanceIntake.assign(
                householdId, "王乡干", null, List.of(new NewMeasure(MeasureType.DRINKING_WATER, "自来水入户", null)));
        login("village1");
        pages.open(AssistanceVariables.PROCESS_KEY, planId, AssistanceVariables.TASK_RECORD_MEASURE);
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("measure-date")),
                LocalDate.now().plusDays(1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("measure-amount")), new BigDecimal("800.125"));
        TaskPages.submit();
        assertInvalid(_get(DatePicker.class, spec -> spec.withId("measure-date")), "日期不能晚于今天");
        assertInvalid(_get(BigDecimalField.class, spec -> spec.withId("measure-amount")), "金额最多保留两位小数（元、角、分）");
        assertThat(pages.task(AssistanceVariables.PROCESS_KEY, planId, AssistanceVariables.TASK_RECORD_MEASURE))
                .isPresent();

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("measure-amount")), null);
        _setValue(_get(DatePicker.class, spec -> spec.withId("measure-date")), LocalDate.now());
        TaskPages.submit();
        assertInvalid(_get(BigDecimalField.class, spec -> spec.withId("measure-amount")), "请填写此项");
        assertThat(pages.task(AssistanceVariables.PROCESS_KEY, planId, AssistanceVariables.TASK_RECORD_MEASURE))
                .isPresent();
    }
}
