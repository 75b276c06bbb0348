package cn.jiandang.rectification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationCases;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationStatus;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.rectification.RectificationVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rectification task form, each by its role, from the county down to the village and back up to the
 * supervisor, and the urge of an overdue case; wrong or missing fields are named beside them and nothing moves.
 */
class RectificationTaskFormsTest extends KaribuTest {

    @Autowired
    RectificationCases rectification;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void aVillageProblemIsPassedDownRectifiedVerifiedAndAcceptedFromTheForms() {
        long id = create("130125100201");
        step("county1", id, TASK_COUNTY_HANDLING);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("rectification-pass")),
                true);
        TaskPages.submit();
        step("township1", id, TASK_TOWNSHIP_HANDLING);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("rectification-pass")),
                true);
        TaskPages.submit();

        step("village1", id, TASK_VILLAGE_RECTIFICATION);
        _setValue(_get(TextArea.class, spec -> spec.withId("rectification-text")), "整".repeat(1001));
        TaskPages.submit();
        assertInvalid(_get(TextArea.class, spec -> spec.withId("rectification-text")), "最多1000个字，现有1001个字");
        assertInvalid(_get(TextArea.class, spec -> spec.withId("rectification-evidence")), "请填写此项");
        assertThat(pages.task(PROCESS_KEY, id, TASK_VILLAGE_RECTIFICATION)).isPresent();
        _setValue(_get(TextArea.class, spec -> spec.withId("rectification-text")), "已补录帮扶措施");
        _setValue(_get(TextArea.class, spec -> spec.withId("rectification-evidence")), "帮扶手册照片");
        TaskPages.submit();

        step("township1", id, TASK_TOWNSHIP_VERIFICATION);
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("rectification-decision")),
                false);
        TaskPages.submit();
        assertInvalid(_get(TextArea.class, spec -> spec.withId("task-comment")), "请填写此项");
        _setValue(
                (RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("rectification-decision")),
                true);
        TaskPages.submit();
        step("county1", id, TASK_COUNTY_VERIFICATION);
        TaskPages.submit();
        step("supervisor", id, TASK_ACCEPTANCE);
        TaskPages.submit();

        TestLogins.login("supervisor");
        assertThat(rectification.find(id).status()).isEqualTo(RectificationStatus.CLOSED);
    }

    @Test
    void theLevelAboveUrgesAnOverdueCaseFromItsForm() {
        long id = create("130125000000");
        pages.executeTimer(PROCESS_KEY, id, "deadlinePassed");
        step("province1", id, TASK_URGE);
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "督".repeat(501));
        TaskPages.submit();
        assertInvalid(_get(TextArea.class, spec -> spec.withId("task-comment")), "最多500个字，现有501个字");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "请于三日内完成整改");
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, id, TASK_URGE)).isEmpty();
    }

    @Test
    void theBoardNamesAWrongTargetATooLongDescriptionAndAPastDeadlineAndCreatesNothing() {
        int before = jdbc.queryForObject("select count(*) from rectification_case", Integer.class);
        login("supervisor");
        UI.getCurrent().navigate("rectification");
        _setValue(_get(TextField.class, spec -> spec.withId("rectification-target")), "东关村");
        _setValue(_get(TextArea.class, spec -> spec.withId("rectification-description")), "述".repeat(1001));
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("rectification-deadline")),
                LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("rectification-create")));
        assertInvalid(_get(TextField.class, spec -> spec.withId("rectification-target")), "请填写户编号或12位行政区划代码");
        assertInvalid(_get(TextArea.class, spec -> spec.withId("rectification-description")), "最多1000个字，现有1001个字");
        assertInvalid(_get(DatePicker.class, spec -> spec.withId("rectification-deadline")), "日期不能早于今天");
        assertInvalid(_get(Select.class, spec -> spec.withId("rectification-type")), "请选择");
        assertThat(jdbc.queryForObject("select count(*) from rectification_case", Integer.class))
                .isEqualTo(before);
    }

    private long create(String region) {
        TestLogins.login("supervisor");
        return rectificationIntake.create(new NewProblem(
                null,
                region,
                ProblemType.ASSISTANCE_MISSING,
                "帮扶措施未录入",
                ProblemSource.DATA_CLEANSING,
                LocalDate.now().plusDays(20)));
    }

    private void step(String user, long id, String step) {
        login(user);
        pages.open(PROCESS_KEY, id, step);
    }
}
