package cn.jiandang.publicnotice;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.tasks.TaskListService;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An anonymous crawl of the public board: every link, stylesheet and form target of every public page is followed;
 * public ones answer without a cookie and without an ID or mobile number, anything else (and the app's own entry
 * points) answers a redirect to the login, 401, 403 or 404. The printable PDF carries the board and its URL.
 */
@JiandangSpringTest
class PublicCrawlTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationIntake intake;

    @Autowired
    IdentificationSteps steps;

    @Autowired
    TaskListService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLinkOfThePublicPagesStaysPublicOrIsClosedAndNoNumberIsShown() throws Exception {
        new NoticeCases(intake, steps, tasks, households, jdbc).onNotice(PovertyFactor.ILLNESS);
        Deque<String> queue = new ArrayDeque<>(List.of("/public/notices/" + NoticeCases.VILLAGE));
        Set<String> seen = new HashSet<>(queue);
        int publicPages = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            MvcResult r = mvc.perform(get(url)).andReturn();
            int status = r.getResponse().getStatus();
            if (!url.startsWith("/public/")) {
                closed(url, r);
                continue;
            }
            publicPages++;
            assertThat(r.getResponse().getHeaders("Set-Cookie")).as(url).isEmpty();
            // the form's target answers GET with 405; everything else linked is there
            assertThat(status).as(url).isIn(200, 405);
            if (url.endsWith(".pdf") || url.endsWith(".css")) {
                continue;
            }
            String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            PublicNoticeBoardTest.noNumbers(html);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                assertThat(link).as("links stay on this site").startsWith("/");
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        assertThat(publicPages).isGreaterThanOrEqualTo(4);
        // Vaadin's routes need its servlet, which MockMvc has not: they are closed by the Vaadin chain
        // (RouteAccessTest)
        for (String app : List.of(
                "/api/v1/me",
                "/api/v1/households",
                "/engine-rest/process-definition",
                "/camunda/app/cockpit/",
                "/public/../api/v1/me",
                "/public/notices/" + NoticeCases.VILLAGE + "/../../../household/1")) {
            closed(app, mvc.perform(get(app)).andReturn());
        }
    }

    @Test
    void thePrintableBoardIsAnA4PdfWithTheNoticesInChineseAndTheBoardsUrl() throws Exception {
        NoticeCases.OnNotice n =
                new NoticeCases(intake, steps, tasks, households, jdbc).onNotice(PovertyFactor.POOR_TRANSPORT);
        MvcResult r = mvc.perform(get("/public/notices/" + NoticeCases.VILLAGE + "/board.pdf"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] pdf = r.getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        System.out.printf("printable board: %d bytes, %d page(s)%n", pdf.length, reader.getNumberOfPages());
        assertThat(text).contains("东关村公示公告", "测试户主", "交通条件落后", "http://localhost:8080/public/notices/130125100201");
        assertThat(text).doesNotContainPattern(PublicNoticeBoardTest.ID_NUMBER);
        assertThat(n.noticeId()).isPositive();
    }

    @Test
    void aMissingCjkFontFailsNamingTheSetting() {
        assertThatThrownBy(() -> NoticeBoardPdf.load("/nowhere/NoFont.ttc,2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("中文字体不可用")
                .hasMessageContaining("jiandang.public.pdf-font");
    }

    private static void closed(String url, MvcResult r) {
        int status = r.getResponse().getStatus();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(status == 401
                        || status == 403
                        || status == 404
                        || status == 400
                        || (status == 302 && location != null && location.contains("login")))
                .as(url + " answered " + status + " " + location)
                .isTrue();
    }
}
