package cn.jiandang.identification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TimelineEntry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.identification.IdentificationVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appraisal's minutes (required), the notice photos at the township review, and both on the timeline of the
 * household page and of the next task page, each linking to its download.
 */
class IdentificationAttachmentsTest extends KaribuTest {

    static final byte[] PDF = "%PDF-1.4\n%minutes of the meeting".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    void missingMinutesAreNamedBesideTheUploadAndTheAppraisalStaysOpen() {
        long caseId = caseAtAppraisal();
        login("village1");
        pages.open(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL);
        _setValue(_get(TextArea.class, spec -> spec.withId("appraisal-minutes")), "村民代表23人到会，一致同意");
        TaskPages.submit();
        assertInvalid(minutesField(), "请上传评议会议记录");
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)).isPresent();
    }

    @Test
    void aWrongTypeOrATooBigFileIsRefusedBesideTheUploadAndNothingIsStored() {
        long caseId = caseAtAppraisal();
        AttachmentField minutes = openAppraisal(caseId);
        minutes.stored("会议记录.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertInvalid(minutes, "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        byte[] big = Arrays.copyOf(PDF, attachments.maxBytes() + 1);
        minutes.stored("会议记录.pdf", big);
        assertInvalid(minutes, "文件不能超过 5 MB");
        assertThat(stored(caseId)).isZero();
        assertThat(minutes.isEmpty()).isTrue();

        // still missing at submit: named beside the upload, the task stays
        _setValue(_get(TextArea.class, spec -> spec.withId("appraisal-minutes")), "一致同意");
        TaskPages.submit();
        assertInvalid(minutes, "请上传评议会议记录");
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)).isPresent();
    }

    /**
     * The wrong file chosen: its uploader takes it back while the step is open (gone from the field, the table and the
     * step's result; the audit log keeps what it was); nobody else may, and once the step is done its files stay.
     */
    @Test
    void aWrongFileIsTakenBackByItsUploaderWhileTheStepIsOpenAndStaysOnceItIsDone() {
        long caseId = caseAtAppraisal();
        AttachmentField minutes = openAppraisal(caseId);
        minutes.stored("别的村的记录.pdf", PDF);
        long wrong = minutes.attachmentIds().get(0);
        _click(_get(Button.class, spec -> spec.withId("attachment-withdraw-" + wrong)));
        assertThat(minutes.isEmpty()).isTrue();
        assertThat(minutes.isInvalid()).isFalse();
        assertThat(stored(caseId)).isZero();
        assertThat(jdbc.queryForObject(
                        "select before_state from audit_entry where entity_type = 'Attachment' and entity_id = ?"
                                + " and action = 'DELETE'",
                        String.class,
                        String.valueOf(wrong)))
                .contains("别的村的记录.pdf")
                .contains("village1");

        minutes.stored("评议会议记录.pdf", PDF);
        long right = minutes.attachmentIds().get(0);
        // another officer (here the township, who may change the village's data) is refused
        TestLogins.login(TestLogins.officer("township1"));
        assertThatThrownBy(() -> attachments.withdraw(right))
                .isInstanceOf(BusinessException.class)
                .hasMessage("只能撤回自己上传的附件");
        login("village1");
        _setValue(_get(TextArea.class, spec -> spec.withId("appraisal-minutes")), "村民代表23人到会，一致同意");
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)).isEmpty();
        assertThatThrownBy(() -> attachments.withdraw(right))
                .isInstanceOf(BusinessException.class)
                .hasMessage("该步骤已办理完毕，附件随办理结果保存，不能撤回");
        assertThat(stored(caseId)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void minutesAndNoticePhotosAreStoredWithTheCaseAndShownOnTheTimelineOfTheirSteps() {
        long caseId = caseAtAppraisal();
        long householdId = identification.find(caseId).householdId();
        login("village1");
        pages.open(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL);
        String appraisalTask = pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)
                .orElseThrow()
                .getId();
        _setValue(_get(TextArea.class, spec -> spec.withId("appraisal-minutes")), "村民代表23人到会，一致同意");
        minutesField().stored("评议会议记录.pdf", PDF);
        assertThat(minutesField().isInvalid()).isFalse();
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)).isEmpty();
        pages.executeTimer(PROCESS_KEY, caseId, NOTICE_TIMER);

        login("township1");
        pages.open(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW);
        String reviewTask = pages.task(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW)
                .orElseThrow()
                .getId();
        // the review's own timeline already shows the appraisal's minutes
        Grid<TimelineEntry> steps = _get(Grid.class, spec -> spec.withId("task-timeline"));
        assertThat(files(steps, appraisalTask)).containsExactly("评议会议记录：评议会议记录.pdf（1 KB）");
        AttachmentField photos = _get(AttachmentField.class, spec -> spec.withId("review-notice-photos"));
        photos.stored("村委会公示栏.png", PNG);
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "公示无异议，同意");
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW)).isEmpty();

        // stored with the case and the step, never as process variables
        assertThat(jdbc.queryForList(
                        "select kind || '@' || task_id from attachment where owner_type = 'IdentificationCase'"
                                + " and owner_id = ? order by id",
                        String.class,
                        String.valueOf(caseId)))
                .containsExactly("MINUTES@" + appraisalTask, "NOTICE_PHOTO@" + reviewTask);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ like '%ttach%'",
                        Integer.class, identification.find(caseId).processInstanceId()))
                .isZero();

        login("village1");
        UI.getCurrent().navigate("household/" + householdId);
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(files(timeline, appraisalTask)).containsExactly("评议会议记录：评议会议记录.pdf（1 KB）");
        assertThat(files(timeline, reviewTask)).containsExactly("公示照片：村委会公示栏.png（1 KB）");
    }

    /** The file lines of a step's attachment cell, each "kind：name（size）" with its link. */
    private static List<String> files(Grid<TimelineEntry> grid, String taskId) {
        List<TimelineEntry> items = grid.getListDataView().getItems().toList();
        int row = items.indexOf(items.stream()
                .filter(e -> taskId.equals(e.taskId()))
                .findFirst()
                .orElseThrow());
        Component cell = GridKt._getCellComponent(grid, row, "attachments");
        return cell.getChildren()
                .map(line -> {
                    Anchor link = (Anchor) line.getChildren()
                            .filter(Anchor.class::isInstance)
                            .findFirst()
                            .orElseThrow();
                    assertThat(link.getHref()).as("download link").isNotBlank();
                    return line.getElement().getTextRecursively();
                })
                .toList();
    }

    /** The appraisal's page, as the village officer; its minutes field. */
    private AttachmentField openAppraisal(long caseId) {
        login("village1");
        pages.open(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL);
        return minutesField();
    }

    private AttachmentField minutesField() {
        return _get(AttachmentField.class, spec -> spec.withId("appraisal-minutes-file"));
    }

    private int stored(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from attachment where owner_type = 'IdentificationCase'" + " and owner_id = ?",
                Integer.class,
                String.valueOf(caseId));
    }

    private long caseAtAppraisal() {
        long householdId = TestHouseholds.register(households, "130125100201", null);
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        identificationSteps.completeHomeVerification(
                pages.task(PROCESS_KEY, caseId, TASK_HOME_VERIFICATION)
                        .orElseThrow()
                        .getId(),
                caseId,
                new HomeVerification(Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true, null, null));
        return caseId;
    }
}
