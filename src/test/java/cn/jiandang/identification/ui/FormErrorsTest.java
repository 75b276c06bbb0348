package cn.jiandang.identification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.identification.IdentificationVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field is marked required exactly while the form (and its service) requires it, and what is wrong is shown on the
 * field and once at the top of the form, never in a pop-up over the fields.
 */
class FormErrorsTest extends KaribuTest {

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    IdentificationSteps identification;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskPages pages;

    @Autowired
    TaskService engineTasks;

    @Test
    @SuppressWarnings("unchecked")
    void theAppraisalsReasonIsMarkedRequiredOnlyWhenTheAppraisalFails() {
        long caseId = caseAt(TASK_DEMOCRATIC_APPRAISAL);
        login("village1");
        pages.open(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL);
        RadioButtonGroup<Boolean> passed = _get(RadioButtonGroup.class, spec -> spec.withId("appraisal-passed"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("appraisal-reason"));
        assertThat(passed.getValue()).isTrue();
        assertThat(reason.isRequiredIndicatorVisible())
                .as("passed: no reason needed")
                .isFalse();
        _setValue(passed, false);
        assertThat(reason.isRequiredIndicatorVisible())
                .as("failed: the reason is required")
                .isTrue();
        _setValue(passed, true);
        assertThat(reason.isRequiredIndicatorVisible()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("appraisal-minutes"))
                        .isRequiredIndicatorVisible())
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTownshipsOpinionIsRequiredWhateverTheDecisionAndNamedOnTheFieldAndOnceAtTheTop() {
        long caseId = caseAt(TASK_TOWNSHIP_REVIEW);
        login("township1");
        pages.open(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW);
        RadioButtonGroup<TownshipDecision> decision =
                _get(RadioButtonGroup.class, spec -> spec.withId("review-decision"));
        TextArea opinion = _get(TextArea.class, spec -> spec.withId("task-comment"));
        assertThat(decision.getValue()).isEqualTo(TownshipDecision.APPROVE);
        assertThat(opinion.isRequiredIndicatorVisible()).isTrue();

        TaskPages.submit();
        TaskPages.submit();
        assertInvalid(opinion, "请填写此项");
        assertThat(NotificationsKt.getNotifications())
                .as("no pop-up over the fields")
                .isEmpty();
        Div summary = summary();
        assertThat(summary.isVisible()).isTrue();
        assertThat(_get(summary, Span.class).getText()).isEqualTo("有填写不正确的项目，请按字段旁的红色提示修改后再提交");
        assertThat(_find(summary, ListItem.class)).extracting(ListItem::getText).containsExactly("审核意见：请填写此项");
        // at the top of the form: the first thing of the layout that holds the form's fields
        Component form = opinion.getParent().orElseThrow();
        assertThat(form.getChildren().findFirst()).contains(summary);
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW)).isPresent();

        // fixed: the field's message and the summary go
        _setValue(opinion, "经核实情况属实，同意");
        assertThat(opinion.isInvalid()).isFalse();
        assertThat(summary.isVisible()).isFalse();
    }

    @Test
    void anErrorOfTheServiceNotAboutAFieldIsShownAtTheTopOfTheFormNotInAPopUp() {
        long caseId = caseAt(TASK_TOWNSHIP_REVIEW);
        login("township1");
        pages.open(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW);
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "同意");
        // meanwhile a colleague completed the review
        TestLogins.login("township1b");
        identification.completeTownshipReview(
                pages.task(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW)
                        .orElseThrow()
                        .getId(),
                caseId,
                TownshipDecision.APPROVE,
                "同意");
        login("township1");

        TaskPages.submit();
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(_get(summary(), Span.class).getText()).isEqualTo("该任务已由他人办理完毕或已撤回，请刷新任务列表");
    }

    private static Div summary() {
        List<Div> summaries = _find(Div.class, spec -> spec.withClasses("jd-form-errors"));
        assertThat(summaries)
                .as("one summary, however often the form was submitted")
                .hasSize(1);
        return summaries.get(0);
    }

    /** An identification of a fresh household of 东关村, brought to the step. */
    private long caseAt(String step) {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, "130125100201", null);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        identification.completeHomeVerification(
                pages.task(PROCESS_KEY, caseId, TASK_HOME_VERIFICATION)
                        .orElseThrow()
                        .getId(),
                caseId,
                new HomeVerification(Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true, null, null));
        if (step.equals(TASK_DEMOCRATIC_APPRAISAL)) {
            return caseId;
        }
        identification.completeAppraisal(
                pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)
                        .orElseThrow()
                        .getId(),
                caseId,
                true,
                "村民代表一致同意",
                null);
        pages.executeTimer(PROCESS_KEY, caseId, NOTICE_TIMER);
        return caseId;
    }
}
