package cn.jiandang.base;

import cn.jiandang.KaribuTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared form check: each rule's Chinese message beside its field, nothing submitted while one fails. */
class FormCheckTest extends KaribuTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneOffset.UTC);

    final AtomicInteger submitted = new AtomicInteger();
    final FormCheck check = new FormCheck();
    final TextField name = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker date = new DatePicker();
    final IntegerField days = new IntegerField();
    final Checkbox signed = new Checkbox();
    final RadioButtonGroup<Boolean> approved = new RadioButtonGroup<>();
    final TextField reason = new TextField();

    FormCheckTest() {
        approved.setItems(true, false);
        check.field("name", name).required().maxLength(5);
        check.field("amount", amount).money();
        check.field("date", date).notFuture(CLOCK);
        check.field("days", days).between(1, 30);
        check.field("signed", signed).required();
        check.field("approved", approved).required();
        check.field("reason", reason).requiredIf(() -> Boolean.FALSE.equals(approved.getValue()));
    }

    @Test
    void emptyRequiredFieldsAreNamedBesideTheFieldAndNothingIsSubmitted() {
        check.submit(submitted::incrementAndGet);
        assertThat(submitted).hasValue(0);
        assertInvalid(name, "请填写此项");
        assertInvalid(signed, "请勾选确认");
        assertInvalid(approved, "请选择");
        assertThat(amount.isInvalid()).isFalse();
        assertThat(reason.isInvalid()).isFalse();
    }

    @Test
    void eachRuleHasItsMessage() {
        name.setValue("一二三四五六");
        amount.setValue(new BigDecimal("-1"));
        date.setValue(LocalDate.of(2026, 6, 16));
        days.setValue(31);
        approved.setValue(false);
        check.submit(submitted::incrementAndGet);
        assertThat(submitted).hasValue(0);
        assertInvalid(name, "最多5个字，现有6个字");
        assertInvalid(amount, "金额不能为负数");
        assertInvalid(date, "日期不能晚于今天");
        assertInvalid(days, "应在1到30之间");
        assertInvalid(reason, "请填写此项");

        amount.setValue(new BigDecimal("1.005"));
        check.validate();
        assertInvalid(amount, "金额最多保留两位小数（元、角、分）");
    }

    @Test
    void aValidFormIsSubmittedAndAFixedFieldLosesItsMessage() {
        check.submit(submitted::incrementAndGet);
        name.setValue("张三");
        assertThat(name.isInvalid()).isFalse();
        signed.setValue(true);
        approved.setValue(true);
        amount.setValue(new BigDecimal("12.50"));
        date.setValue(LocalDate.of(2026, 6, 15));
        check.submit(submitted::incrementAndGet);
        assertThat(submitted).hasValue(1);
        assertThat(signed.isInvalid()).isFalse();
    }

    @Test
    void theServicesFieldErrorsAreShownOnTheFieldsOfThoseNames() {
        name.setValue("张三");
        signed.setValue(true);
        approved.setValue(true);
        check.submit(() -> new FieldErrors()
                .require(false, "household.name", "姓名与户籍不符")
                .require(false, "days", "公示天数应在1到30天之间")
                .throwIfAny("填写有误"));
        assertInvalid(name, "姓名与户籍不符");
        assertInvalid(days, "公示天数应在1到30天之间");
    }

    @Test
    void anErrorNotAboutTheseFieldsGoesOnToTheErrorHandler() {
        name.setValue("张三");
        signed.setValue(true);
        approved.setValue(true);
        assertThatThrownBy(() -> check.submit(() -> {
                    throw BusinessException.invalid("该申请不在公示期内");
                }))
                .hasMessage("该申请不在公示期内");
        assertThatThrownBy(() -> check.submit(() -> {
                    throw BusinessException.invalidField("elsewhere", "别处的错误");
                }))
                .hasMessage("别处的错误");
    }

    @Test
    void hiddenFieldsAreNotChecked() {
        name.setVisible(false);
        signed.setValue(true);
        approved.setValue(true);
        check.submit(submitted::incrementAndGet);
        assertThat(submitted).hasValue(1);
    }

    static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }
}
