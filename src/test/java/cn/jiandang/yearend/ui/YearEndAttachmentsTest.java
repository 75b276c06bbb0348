package cn.jiandang.yearend.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TaskPages;
import cn.jiandang.TestHouseholds;
import cn.jiandang.attachment.AttachmentField;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TimelineEntry;
import cn.jiandang.yearend.RoundView;
import cn.jiandang.yearend.YearEndCaseView;
import cn.jiandang.yearend.YearEndCases;
import cn.jiandang.yearend.YearEndIntake;
import cn.jiandang.yearend.YearEndStatus;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static cn.jiandang.TaskPages.assertInvalid;
import static cn.jiandang.yearend.YearEndVariables.*;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Year-end: the village appraisal keeps its minutes and the consent list signed by the heads of household (the
 * ticks record each consent), the township verification the notice photos; the next page shows them by step.
 */
class YearEndAttachmentsTest extends KaribuTest {

    static final int YEAR = 2045;
    static final byte[] PDF = "%PDF-1.4\n%signed".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    YearEndCases yearEnd;

    @Autowired
    YearEndIntake yearEndIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    RegionService regions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskPages pages;

    @Test
    @SuppressWarnings("unchecked")
    void minutesAndSignedConsentAtTheVillageNoticePhotosAtTheTownshipShownOnTheNextStep() {
        String prefix = newCounty().value().substring(0, 6);
        RegionCode village = RegionCode.of(prefix + "100201");
        Officer villageOfficer = TestLogins.officer("ya-village", Role.VILLAGE_OFFICER, village.value());
        Officer township = TestLogins.officer("ya-township", Role.TOWNSHIP_OFFICER, prefix + "100000");
        TestLogins.login(villageOfficer);
        long household = TestHouseholds.register(households, village.value(), Category.POOR);
        for (int year = YEAR - 2; year <= YEAR; year++) {
            baseData.recordIncome(household, IncomeRecord.of(year, "30000", "5000", "0", "1000", "0"));
        }
        TestLogins.login(TestLogins.officer("ya-county", Role.COUNTY_OFFICER, prefix + "000000"));
        RoundView round = yearEndIntake.openRound(YEAR, 7, new BigDecimal("4000"));

        loginAs(villageOfficer, "VILLAGE_OFFICER");
        YearEndCaseView c = yearEnd.cases().stream()
                .filter(x -> x.roundId() == round.id())
                .findFirst()
                .orElseThrow();
        pages.open(PROCESS_KEY, c.id(), TASK_VILLAGE_APPRAISAL);
        String appraisal = pages.task(PROCESS_KEY, c.id(), TASK_VILLAGE_APPRAISAL)
                .orElseThrow()
                .getId();
        AttachmentField consent = _get(AttachmentField.class, spec -> spec.withId("yearend-consent-file"));
        consent.stored("签字确认.pdf", "GIF89a not allowed".getBytes(StandardCharsets.US_ASCII));
        assertInvalid(consent, "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        assertThat(stored(c.id())).isZero();
        consent.stored("户主签字确认名单.pdf", PDF);
        _get(AttachmentField.class, spec -> spec.withId("yearend-minutes-file")).stored("评议会议记录.pdf", PDF);
        TaskPages.submit();
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.NOTICE);

        pages.executeTimer(PROCESS_KEY, c.id(), "noticeEnded");
        loginAs(township, "TOWNSHIP_OFFICER");
        pages.open(PROCESS_KEY, c.id(), TASK_TOWNSHIP_VERIFICATION);
        String verification = pages.task(PROCESS_KEY, c.id(), TASK_TOWNSHIP_VERIFICATION)
                .orElseThrow()
                .getId();
        Grid<TimelineEntry> steps = _get(Grid.class, spec -> spec.withId("task-timeline"));
        TimelineEntry village1 = steps.getListDataView()
                .getItems()
                .filter(e -> appraisal.equals(e.taskId()))
                .findFirst()
                .orElseThrow();
        assertThat(village1.attachments())
                .extracting(a -> a.kind() + ":" + a.fileName())
                .containsExactly("SIGNED_CONSENT:户主签字确认名单.pdf", "MINUTES:评议会议记录.pdf");
        _get(AttachmentField.class, spec -> spec.withId("yearend-notice-photos"))
                .stored("公示.png", PNG);
        TaskPages.submit();
        assertThat(yearEnd.find(c.id()).status()).isEqualTo(YearEndStatus.COUNTY);

        assertThat(jdbc.queryForList(
                        "select kind || '@' || task_id from attachment where owner_type = 'YearEndCase'"
                                + " and owner_id = ? order by id",
                        String.class,
                        String.valueOf(c.id())))
                .containsExactly("SIGNED_CONSENT@" + appraisal, "MINUTES@" + appraisal, "NOTICE_PHOTO@" + verification);
    }

    private int stored(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from attachment where owner_type = 'YearEndCase' and owner_id = ?",
                Integer.class,
                String.valueOf(caseId));
    }

    /** A county of its own (rounds of a year may not overlap; tests share one database) with one village. */
    private RegionCode newCounty() {
        RegionCode county;
        do {
            county = RegionCode.of("1301" + (10 + ThreadLocalRandom.current().nextInt(40)) + "000000");
        } while (regions.find(county).isPresent());
        String prefix = county.value().substring(0, 6);
        TestLogins.login("centre");
        regions.create(county, "附件测试县", false);
        regions.create(RegionCode.of(prefix + "100000"), "附件测试乡", false);
        regions.create(RegionCode.of(prefix + "100201"), "附件测试村", false);
        return county;
    }

    private static void loginAs(Officer officer, String role) {
        Authentication auth = TestLogins.login(officer);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> Set.of(role).contains(r));
    }
}
