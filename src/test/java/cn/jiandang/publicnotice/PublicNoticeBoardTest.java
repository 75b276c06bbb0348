package cn.jiandang.publicnotice;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The board as an anonymous visitor sees it: only the head's name, category, causes and period; no ID or phone number;
 * no cookie; small enough for a slow phone; gone once its period and the retention have passed.
 */
@JiandangSpringTest
class PublicNoticeBoardTest {

    static final String ID_NUMBER = "(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])";
    static final String MOBILE = "(?<![0-9])1[3-9]\\d{9}(?![0-9])";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicNoticeRepository notices;

    @Autowired
    PublicSettings settings;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake intake;

    @Autowired
    IdentificationSteps steps;

    @Autowired
    TaskListService tasks;

    @Autowired
    JdbcTemplate jdbc;

    NoticeCases cases;

    @BeforeEach
    void cases() {
        cases = new NoticeCases(intake, steps, tasks, households, jdbc);
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theBoardShowsTheHeadCategoryCauseAndPeriodAndNeverANumberOrACookieInUnder100KB() throws Exception {
        NoticeCases.OnNotice n = cases.onNotice(PovertyFactor.ILLNESS);
        TestLogins.login("village1");
        var household = households.details(n.householdId());
        TestLogins.logout();

        MvcResult board =
                mvc.perform(get("/public/notices/" + NoticeCases.VILLAGE)).andReturn();
        String html = board.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board.getResponse().getStatus()).isEqualTo(200);
        assertThat(board.getResponse().getContentType()).startsWith("text/html");
        assertThat(html).contains("东关村公示公告", household.headName() + "户拟识别为新致贫户", "公示中");
        assertThat(board.getResponse().getHeaders("Set-Cookie")).isEmpty();
        noNumbers(html);

        MvcResult notice = mvc.perform(get(PublicPages.noticePath(NoticeCases.VILLAGE, n.noticeId())))
                .andReturn();
        String page = notice.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(household.headName(), "新致贫户", "致贫原因", "因病", "提出异议");
        household.members().forEach(m -> assertThat(page).doesNotContain(m.idNumber()));
        assertThat(page).doesNotContain("测试配偶").doesNotContain(household.contactPhone());
        noNumbers(page);
        assertThat(notice.getResponse().getHeaders("Set-Cookie")).isEmpty();

        MvcResult css = mvc.perform(get("/public/notices.css")).andReturn();
        assertThat(css.getResponse().getStatus()).isEqualTo(200);
        int firstLoad = board.getResponse().getContentAsByteArray().length
                + css.getResponse().getContentAsByteArray().length;
        int noticeLoad = notice.getResponse().getContentAsByteArray().length
                + css.getResponse().getContentAsByteArray().length;
        System.out.printf(
                "public board first load: %d bytes (HTML %d + CSS %d); a notice with its form: %d bytes%n",
                firstLoad,
                board.getResponse().getContentAsByteArray().length,
                css.getResponse().getContentAsByteArray().length,
                noticeLoad);
        assertThat(firstLoad).isLessThanOrEqualTo(100 * 1024);
        assertThat(noticeLoad).isLessThanOrEqualTo(100 * 1024);
    }

    @Test
    void aNoticeLeavesTheBoardWhenItsPeriodAndTheRetentionHavePassed() throws Exception {
        LocalDate today = LocalDate.now();
        int keep = settings.retentionDays();
        long kept = posted("留存户", today.minusDays(keep + 7), today.minusDays(keep));
        long gone = posted("过期户", today.minusDays(keep + 8), today.minusDays(keep + 1));
        long future = posted("将来户", today.minusDays(1), today.plusDays(6));

        String html = mvc.perform(get("/public/notices/" + NoticeCases.VILLAGE))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("留存户", "将来户").doesNotContain("过期户");
        String ended = mvc.perform(get(PublicPages.noticePath(NoticeCases.VILLAGE, kept)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ended).contains("已结束", "公示期外不受理网上异议").doesNotContain("<form");
        assertThat(mvc.perform(get(PublicPages.noticePath(NoticeCases.VILLAGE, gone)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        // a notice of 东关村 is not there under another village's board
        assertThat(mvc.perform(get(PublicPages.noticePath("130125101201", future)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void unknownVillagesAnswerNotFoundInChineseAndOtherMethodsAreRefused() throws Exception {
        MvcResult township = mvc.perform(get("/public/notices/130125100000")).andReturn();
        assertThat(township.getResponse().getStatus()).isEqualTo(404);
        assertThat(township.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("没有找到该公示");
        assertThat(mvc.perform(get("/public/notices/999999999999"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/public/anything"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(put("/public/notices/" + NoticeCases.VILLAGE))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private long posted(String head, LocalDate from, LocalDate to) {
        PublicNotice n = new PublicNotice(NoticeSource.IDENTIFICATION_NOTICE, -System.nanoTime(), NoticeCases.VILLAGE);
        n.post(head, Category.MARGINAL, PovertyFactor.HIGH_EXPENSES.label(), from, to, Instant.now());
        return notices.saveAndFlush(n).id();
    }

    static void noNumbers(String html) {
        assertThat(html).doesNotContainPattern(ID_NUMBER).doesNotContainPattern(MOBILE);
    }
}
