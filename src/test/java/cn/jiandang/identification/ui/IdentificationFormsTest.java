package cn.jiandang.identification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.base.ui.RouteDeniedView;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.CaseStatus;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.ui.TaskListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Every identification task completed from its form in the task page, each by its role. */
class IdentificationFormsTest extends KaribuTest {

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @Test
    void villageTownshipAndCountyCompleteTheirStepsFromTheForms() {
        long householdId = TestHouseholds.register(households, "130125100201", null);
        login("village1");
        UI.getCurrent().navigate("household/" + householdId);
        _click(_get(Button.class, spec -> spec.withId("action-identification-start")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PovertyFactor> factors =
                _get(MultiSelectComboBox.class, spec -> spec.withId("identification-factors"));
        _setValue(factors, Set.of(PovertyFactor.EPIDEMIC));
        _click(_get(Button.class, spec -> spec.withId("identification-submit")));
        IdentificationCaseView c = identification.openCaseOf(householdId).orElseThrow();

        open(c, "homeVerification");
        _setValue(_get(Checkbox.class, spec -> spec.withId("verification-signed")), true);
        submit();
        open(c, "democraticAppraisal");
        _setValue(_get(TextArea.class, spec -> spec.withId("appraisal-minutes")), "到会代表一致同意");
        _get(AttachmentField.class, spec -> spec.withId("appraisal-minutes-file"))
                .stored("评议会议记录.pdf", "%PDF-1.4\n%minutes".getBytes(StandardCharsets.US_ASCII));
        submit();
        executeTimer(c, IdentificationVariables.NOTICE_TIMER);

        login("township1");
        open(c, "townshipReview");
        assertThat(_get(Paragraph.class, spec -> spec.withId("identification-notice"))
                        .getText())
                .contains("公示");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "经核实情况属实，同意");
        submit();
        login("county1");
        open(c, "countyApproval");
        assertThat(_get(Paragraph.class, spec -> spec.withId("county-scale")).getText())
                .contains("R1");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "同意识别");
        submit();
        TestLogins.login("county1");
        assertThat(identification.find(c.id()).status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void theTownshipHandlesAnObjectionAndSupervisesAnOverdueCase() {
        long householdId = TestHouseholds.register(households, "130125100201", null);
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        identificationSteps.completeHomeVerification(
                taskOf(caseId, "homeVerification").task().id(),
                caseId,
                new HomeVerification(Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), null, true, null, null));
        identificationSteps.completeAppraisal(
                taskOf(caseId, "democraticAppraisal").task().id(), caseId, true, "同意", null);

        login("village1");
        UI.getCurrent().navigate("household/" + householdId);
        _click(_get(Button.class, spec -> spec.withId("action-identification-objection-raise")));
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-content-input")), "该户收入情况与实际不符");
        _click(_get(Button.class, spec -> spec.withId("objection-submit")));

        IdentificationCaseView c = identification.find(caseId);
        login("township1");
        open(c, "handleObjection");
        assertThat(_get(Paragraph.class, spec -> spec.withId("objection-content"))
                        .getElement()
                        .getTextRecursively())
                .contains("收入情况");
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-resolution")), "经核查，异议不成立");
        submit();

        executeTimer(c, IdentificationVariables.ESCALATION_TIMER);
        open(c, "superviseOverdue");
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "请抓紧办理");
        submit();
        TestLogins.login("township1");
        assertThat(taskList.page(0, 500))
                .noneMatch(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() != null
                        && r.task().caseId() == caseId
                        && List.of("handleObjection", "superviseOverdue")
                                .contains(r.task().taskDefinitionKey()));
    }

    @Test
    void anUnsignedHomeVerificationShowsWhatIsMissingAndStays() {
        long householdId = TestHouseholds.register(households, "130125100201", null);
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        login("village1");
        open(identification.find(caseId), "homeVerification");
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        Checkbox signed = _get(Checkbox.class, spec -> spec.withId("verification-signed"));
        assertThat(signed.isInvalid()).isTrue();
        assertThat(signed.getErrorMessage()).isEqualTo("请勾选确认");
        TestLogins.login("village1");
        assertThat(taskOf(caseId, "homeVerification")).isNotNull();
    }

    @Test
    void aVillageOfficerAppliesForAHouseholdNotYetRegisteredFromTheMenuView() {
        login("village1");
        UI.getCurrent().navigate("identification/apply");
        String head = TestHouseholds.newIdNumber();
        _setValue(_get(TextField.class, spec -> spec.withId("apply-phone")), "13512345678");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-member-name-0")), "冯新户");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-member-id-0")), head);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PovertyFactor> factors =
                _get(MultiSelectComboBox.class, spec -> spec.withId("apply-factors"));
        _setValue(factors, Set.of(PovertyFactor.EPIDEMIC));
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));
        assertThat(_get(TaskListView.class)).isNotNull();
        TestLogins.login("village1");
        assertThat(taskList.page(0, 500)).anySatisfy(r -> {
            assertThat(r.task().taskDefinitionKey()).isEqualTo("homeVerification");
            assertThat(identification.find(r.task().caseId()).applicantHeadName())
                    .isEqualTo("冯新户");
        });
    }

    @Test
    void theNewHouseholdViewIsForVillageOfficersOnly() {
        login("township1");
        // the app's own refusal page (RouteDeniedView) instead of the form
        UI.getCurrent().navigate("identification/apply");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(RouteDeniedView.class::isInstance)
                .noneMatch(ApplyForNewHouseholdView.class::isInstance);
    }

    private void open(IdentificationCaseView c, String step) {
        TestLogins.login(currentUser());
        TaskRow row = taskOf(c.id(), step);
        UI.getCurrent().navigate("task/" + row.task().id());
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(_get(TaskListView.class)).isNotNull();
    }

    private String currentUser() {
        return CurrentOfficer.from(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow()
                .username();
    }

    private TaskRow taskOf(long caseId, String step) {
        return taskList.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() != null
                        && r.task().caseId() == caseId)
                .filter(r -> r.task().taskDefinitionKey().equals(step))
                .findFirst()
                .orElseThrow();
    }

    private void executeTimer(IdentificationCaseView c, String activityId) {
        List<String> definitions = management.createJobDefinitionQuery().activityIdIn(activityId).list().stream()
                .map(d -> d.getId())
                .toList();
        management.executeJob(
                management.createJobQuery().processInstanceId(c.processInstanceId()).timers().list().stream()
                        .filter(j -> definitions.contains(j.getJobDefinitionId()))
                        .findFirst()
                        .orElseThrow()
                        .getId());
    }
}
