package cn.jiandang.riskelimination.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEliminationVariables;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;

import static cn.jiandang.TaskPages.assertInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The proposal and the verification name what is missing or wrong beside the field; nothing is stored. */
class RiskEliminationValidationTest extends KaribuTest {

    @Autowired
    RiskEliminationIntake riskEliminationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    void anIncomeNotAboveTheLineAndUntickedGuaranteesAreNamedAndNoCaseIsOpened() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.MONITORED);
        login("village1");
        UI.getCurrent().navigate("household/" + householdId);
        _click(_get(Button.class, spec -> spec.withId("action-riskelimination-start")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("risk-income")), new BigDecimal("4000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("risk-line")), new BigDecimal("4500.001"));
        _setValue(_get(Checkbox.class, spec -> spec.withId("risk-schoolingSecure")), true);
        _click(_get(Button.class, spec -> spec.withId("risk-submit")));
        assertInvalid(_get(BigDecimalField.class, spec -> spec.withId("risk-income")), "人均纯收入须高于监测标准");
        assertInvalid(_get(BigDecimalField.class, spec -> spec.withId("risk-line")), "金额最多保留两位小数（元、角、分）");
        assertThat(_get(Checkbox.class, spec -> spec.withId("risk-schoolingSecure"))
                        .isInvalid())
                .isFalse();
        assertInvalid(_get(Checkbox.class, spec -> spec.withId("risk-medicalSecure")), "请勾选确认");
        assertInvalid(_get(Checkbox.class, spec -> spec.withId("risk-noNewRisk")), "请勾选确认");
        assertThat(jdbc.queryForObject(
                        "select count(*) from risk_elimination_case where household_id = ?",
                        Integer.class,
                        householdId))
                .isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVerificationNotConfirmedNeedsItsReasonBesideTheComment() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.MONITORED);
        TestLogins.login("village1");
        long caseId = riskEliminationIntake.propose(
                householdId,
                new RiskEvidence(
                        new BigDecimal("6200.00"),
                        new BigDecimal("4500.00"),
                        true,
                        true,
                        true,
                        true,
                        true,
                        true,
                        null));
        login("village1");
        pages.open(RiskEliminationVariables.PROCESS_KEY, caseId, RiskEliminationVariables.TASK_HOME_VERIFICATION);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("risk-confirmed")), false);
        TaskPages.submit();
        assertInvalid(_get(TextArea.class, spec -> spec.withId("task-comment")), "请填写此项");
        assertThat(pages.task(
                        RiskEliminationVariables.PROCESS_KEY, caseId, RiskEliminationVariables.TASK_HOME_VERIFICATION))
                .isPresent();
    }
}
