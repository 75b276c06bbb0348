package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentRef;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The timeline of one procedure instance: its steps with their files, for the case's region only. */
@JiandangSpringTest
class ProcedureHistoryTest {

    @Autowired
    ProcedureHistory history;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    AttachmentService attachments;

    @Autowired
    TaskPages pages;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theStepsOfACaseCarryTheFilesUploadedAtThemAndOtherRegionsAreRefusedAndAudited() {
        long householdId = TestHouseholds.register(households, "130125100201", null);
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        String taskId = pages.task(
                        IdentificationVariables.PROCESS_KEY, caseId, IdentificationVariables.TASK_HOME_VERIFICATION)
                .orElseThrow()
                .getId();
        AttachmentRef commitment = attachments.store(
                RegionCode.of("130125100201"),
                "IdentificationCase",
                String.valueOf(caseId),
                AttachmentKind.SIGNED_COMMITMENT,
                taskId,
                "承诺书.pdf",
                "%PDF-1.4\n%c".getBytes(StandardCharsets.US_ASCII));
        String instance = identification.find(caseId).processInstanceId();

        TestLogins.login("county1");
        assertThat(history.forProcessInstance(instance)).singleElement().satisfies(step -> {
            assertThat(step.taskId()).isEqualTo(taskId);
            assertThat(step.attachments()).extracting(AttachmentRef::id).containsExactly(commitment.id());
        });
        assertThat(history.forHousehold(householdId, households.villageOf(householdId)))
                .filteredOn(e -> taskId.equals(e.taskId()))
                .flatExtracting(TimelineEntry::attachments)
                .extracting(AttachmentRef::fileName)
                .containsExactly("承诺书.pdf");

        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        TestLogins.login("village2");
        assertThatThrownBy(() -> history.forProcessInstance(instance)).isInstanceOf(RegionAccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where id > ? and actor = 'village2'"
                                + " and action = 'ACCESS_REFUSED' and entity_id = ?",
                        Integer.class,
                        before,
                        instance))
                .isEqualTo(1);
        // the files of another region's steps are never listed, whoever asks for the step ids
        assertThat(attachments.forTasks(Set.of(taskId))).isEmpty();
    }
}
