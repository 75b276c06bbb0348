package cn.jiandang.tasks.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentKind;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static cn.jiandang.identification.IdentificationVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A township reviewer sees the household beside the review form without leaving the task: members, incomes, causes,
 * the category history and the procedures so far with their files, each in a collapsible section of the household
 * page, read-only.
 */
class TaskHouseholdPanelTest extends KaribuTest {

    static final byte[] PDF = "%PDF-1.4\n%minutes".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    IdentificationSteps identification;

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    AttachmentService attachments;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void theReviewShowsTheHouseholdsMembersIncomesCausesHistoryAndFilesBesideTheForm() {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, "130125100201", null);
        TestLogins.login("centre");
        baseData.recordIncome(householdId, IncomeRecord.of(2025, "12000.00", "3000.00", "0", "800.00", "500.00"));
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        identification.completeHomeVerification(
                pages.task(PROCESS_KEY, caseId, TASK_HOME_VERIFICATION)
                        .orElseThrow()
                        .getId(),
                caseId,
                new HomeVerification(Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true, null, null));
        String appraisal = pages.task(PROCESS_KEY, caseId, TASK_DEMOCRATIC_APPRAISAL)
                .orElseThrow()
                .getId();
        attachments.store(
                RegionCode.of("130125100201"),
                "IdentificationCase",
                String.valueOf(caseId),
                AttachmentKind.MINUTES,
                appraisal,
                "评议会议记录.pdf",
                PDF);
        identification.completeAppraisal(appraisal, caseId, true, "村民代表一致同意", null);
        pages.executeTimer(PROCESS_KEY, caseId, NOTICE_TIMER);

        login("township1");
        pages.open(PROCESS_KEY, caseId, TASK_TOWNSHIP_REVIEW);
        VerticalLayout panel = _get(VerticalLayout.class, spec -> spec.withId("task-household"));

        Details members = section(panel, "household-members");
        assertThat(members.isOpened()).isTrue();
        Grid<?> memberGrid = _get(members, Grid.class, spec -> spec.withId("members"));
        assertThat(GridKt._size(memberGrid))
                .isEqualTo(households.details(householdId).members().size());
        assertThat(_get(section(panel, "household-profile"), FormLayout.class)
                        .getElement()
                        .getTextRecursively())
                .contains("东关村");
        Grid<?> incomes = _get(section(panel, "registry-incomes"), Grid.class, spec -> spec.withId("incomes"));
        assertThat(GridKt._getFormattedRow(incomes, 0)).contains("2025", "12000.00");
        assertThat(_find(section(panel, "household-history"), Grid.class)).hasSize(1);

        // the procedures so far, with their files: built when opened
        Details timeline = section(panel, "timeline-title");
        assertThat(timeline.isOpened()).isFalse();
        assertThat(_find(timeline, Grid.class)).isEmpty();
        timeline.setOpened(true);
        Grid<?> steps = _get(timeline, Grid.class, spec -> spec.withId("timeline"));
        assertThat(GridKt._size(steps)).isGreaterThanOrEqualTo(3);
        List<String> files = IntStream.range(0, GridKt._size(steps))
                .mapToObj(i -> GridKt._getCellComponent(steps, i, "attachments"))
                .flatMap(cell -> _find(cell, Anchor.class).stream())
                .map(Anchor::getText)
                .toList();
        assertThat(files).contains("评议会议记录.pdf（1 KB）");

        // read-only: nothing in the panel acts on the household
        assertThat(_find(panel, Button.class)).isEmpty();
    }

    private static Details section(Component panel, String key) {
        List<Details> found = _find(panel, Details.class, spec -> spec.withId("task-household-" + key));
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }
}
