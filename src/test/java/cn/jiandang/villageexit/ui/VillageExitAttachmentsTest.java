package cn.jiandang.villageexit.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TimelineEntry;
import cn.jiandang.villageexit.PoorVillages;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.villageexit.VillageExitIntake;
import cn.jiandang.villageexit.VillageExitStatus;
import cn.jiandang.villageexit.VillageExitSteps;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.ThreadLocalRandom;

import static cn.jiandang.villageexit.VillageExitVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Village exit: the notice photos at the announcement, the first step after the notice. */
class VillageExitAttachmentsTest extends KaribuTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    VillageExitCases villageExit;

    @Autowired
    PoorVillages poorVillages;

    @Autowired
    VillageExitSteps villageExitSteps;

    @Autowired
    VillageExitIntake villageExitIntake;

    @Autowired
    RegionService regions;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void theCountyAttachesTheNoticePhotoWhenItAnnouncesTheExit() {
        RegionCode village = freshPoorVillage();
        TestLogins.login("township1");
        long id = villageExitIntake.propose(village, 1000, "达标");
        TestLogins.login("county1");
        villageExitSteps.review(
                pages.task(PROCESS_KEY, id, TASK_COUNTY_REVIEW).orElseThrow().getId(), id, true, null);
        pages.executeTimer(PROCESS_KEY, id, "noticeEnded");

        login("county1");
        pages.open(PROCESS_KEY, id, TASK_ANNOUNCEMENT);
        String announcement =
                pages.task(PROCESS_KEY, id, TASK_ANNOUNCEMENT).orElseThrow().getId();
        // the page shows the case so far: the review, and this step still open
        Grid<TimelineEntry> steps = _get(Grid.class, spec -> spec.withId("task-timeline"));
        assertThat(steps.getListDataView().getItems().map(TimelineEntry::stepName))
                .contains("县级审核", "县级公告出列");
        AttachmentField photos = _get(AttachmentField.class, spec -> spec.withId("villageexit-notice-photos"));
        photos.stored("村内公示.png", PNG);
        assertThat(photos.attachmentIds()).hasSize(1);
        TaskPages.submit();

        TestLogins.login("county1");
        assertThat(villageExit.find(id).status()).isEqualTo(VillageExitStatus.EXITED);
        assertThat(jdbc.queryForList(
                        "select kind || '@' || task_id from attachment where owner_type = 'VillageExitCase'"
                                + " and owner_id = ?",
                        String.class,
                        String.valueOf(id)))
                .containsExactly("NOTICE_PHOTO@" + announcement);
    }

    /** A village of 龙州镇 of its own (tests share one database), flagged poor by the county, with one poor household. */
    private RegionCode freshPoorVillage() {
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (300 + ThreadLocalRandom.current().nextInt(300)));
        } while (regions.find(village).isPresent());
        TestLogins.login("centre");
        regions.create(village, "出列附件测试村", false);
        TestHouseholds.register(households, village.value(), Category.POOR);
        TestLogins.login("county1");
        poorVillages.markPoorVillage(village, true);
        return village;
    }
}
