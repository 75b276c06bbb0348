package cn.jiandang.riskelimination.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEliminationSteps;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.TestLogins;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.riskelimination.RiskEliminationVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Risk elimination: the appraisal's minutes and the notice photos at the township review, with the case. */
class RiskEliminationAttachmentsTest extends KaribuTest {

    static final byte[] PDF = "%PDF-1.4\n%minutes".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    RiskEliminationSteps riskEliminationSteps;

    @Autowired
    RiskEliminationIntake riskEliminationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    void minutesAtTheAppraisalAndNoticePhotosAtTheReviewAreKeptWithTheCaseByStep() {
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
                        "务工稳定"));
        riskEliminationSteps.completeHomeVerification(
                pages.task(PROCESS_KEY, caseId, TASK_HOME_VERIFICATION)
                        .orElseThrow()
                        .getId(),
                caseId,
                true,
                "属实");

        login("village1");
        pages.open(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL);
        String appraisal = pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)
                .orElseThrow()
                .getId();
        AttachmentField minutes = _get(AttachmentField.class, spec -> spec.withId("risk-minutes-file"));
        minutes.stored("评议.docx", "PK\u0003\u0004 a word file".getBytes(StandardCharsets.ISO_8859_1));
        assertInvalid(minutes, "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        assertThat(stored(caseId)).isZero();
        minutes.stored("评议会议记录.pdf", PDF);
        assertThat(minutes.isInvalid()).isFalse();
        _setValue(_get(TextArea.class, spec -> spec.withId("risk-minutes")), "一致同意");
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)).isEmpty();
        pages.executeTimer(PROCESS_KEY, caseId, NOTICE_TIMER);

        login("township1");
        pages.open(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW);
        String review = pages.task(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW)
                .orElseThrow()
                .getId();
        _get(AttachmentField.class, spec -> spec.withId("risk-notice-photos")).stored("公示栏.jpg", JPEG);
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW)).isEmpty();

        assertThat(jdbc.queryForList(
                        "select kind || '@' || task_id || '@' || content_type from attachment"
                                + " where owner_type = 'RiskEliminationCase' and owner_id = ? order by id",
                        String.class,
                        String.valueOf(caseId)))
                .containsExactly("MINUTES@" + appraisal + "@application/pdf", "NOTICE_PHOTO@" + review + "@image/jpeg");
    }

    @Test
    void theMinutesFileIsOptionalForRiskElimination() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.MARGINAL);
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
        riskEliminationSteps.completeHomeVerification(
                pages.task(PROCESS_KEY, caseId, TASK_HOME_VERIFICATION)
                        .orElseThrow()
                        .getId(),
                caseId,
                true,
                null);
        login("village1");
        pages.open(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL);
        _setValue(_get(TextArea.class, spec -> spec.withId("risk-minutes")), "一致同意");
        TaskPages.submit();
        assertThat(pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)).isEmpty();
        assertThat(stored(caseId)).isZero();
    }

    private int stored(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from attachment where owner_type = 'RiskEliminationCase'" + " and owner_id = ?",
                Integer.class,
                String.valueOf(caseId));
    }
}
