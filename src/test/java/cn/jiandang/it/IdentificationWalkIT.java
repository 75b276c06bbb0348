package cn.jiandang.it;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.identification.CaseStatus;
import cn.jiandang.identification.IdentificationCaseView;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One identification through the real UI in headless Chromium, 1366×768: village1 applies for an ordinary household
 * of 东关村, verifies it at home (with the signed commitment uploaded) and records the democratic appraisal; the notice
 * timer of that process instance is executed; township1 reviews, county1 approves, and the household is registered
 * as 新致贫户. village2 of another township sees neither the task in its list nor the task behind its URL.
 * A screenshot of every step goes to target/screenshots.
 */
@PostgresAppTest
class IdentificationWalkIT {

    private static final String VILLAGE = "130125100201";
    private static final String HEAD = "郑春来";

    @LocalServerPort
    int port;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationCases identification;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    VaadinPage page;

    @BeforeEach
    void startBrowser() throws Exception {
        page = new VaadinPage(Browsers.chromium(), port);
    }

    @AfterEach
    void stopBrowser() {
        page.driver.quit();
        TestLogins.logout();
    }

    @Test
    void village1AppliesTownshipReviewsCountyApprovesAndTheHouseholdIsRegistered() throws Exception {
        long householdId = ordinaryHousehold();

        page.login("village1");
        noDevelopmentToolbarAndAFavicon();
        page.shot("01-village1-task-list");
        page.open("household/" + householdId);
        assertThat(page.byId("household-category").getText()).isEqualTo("一般农户");
        page.click("action-identification-start");
        page.byId("identification-submit");
        page.pick("identification-factors", "因病");
        page.shot("02-village1-apply-dialog");
        page.click("identification-submit");
        page.waitForText("识别申请已提交");

        long caseId = caseOf(householdId);
        page.open("");
        page.openTaskRow(indexOf("village1", caseId, IdentificationVariables.TASK_HOME_VERIFICATION), HEAD);
        assertThat(page.byId("identification-summary").getText())
                .contains("新致贫户")
                .contains("因病");
        page.js("arguments[0].querySelector('input').click()", page.byId("verification-signed"));
        refusedUploadShowsNoTick("verification-attachment");
        page.upload("verification-attachment", commitmentPdf());
        page.shot("03-village1-home-verification");
        page.click("task-submit");
        page.byId("tasks");

        village2SeesNeitherTheTaskNorItsUrl(
                caseId, rowsOf("village1", caseId).get(0).task().id());

        page.login("village1");
        page.openTaskRow(indexOf("village1", caseId, IdentificationVariables.TASK_DEMOCRATIC_APPRAISAL), HEAD);
        page.type("appraisal-minutes", "2026年村民代表会议，应到31人实到29人，同意29票。");
        page.upload("appraisal-minutes-file", commitmentPdf());
        page.shot("05-village1-democratic-appraisal");
        page.click("task-submit");
        page.byId("tasks");

        executeNoticeTimer(caseId);

        page.login("township1");
        int reviewRow = indexOf("township1", caseId, IdentificationVariables.TASK_TOWNSHIP_REVIEW);
        assertThat(page.gridText("tasks")).contains("乡镇审核");
        page.shot("06-township1-task-list");
        page.openTaskRow(reviewRow, HEAD);
        assertThat(page.byId("task-household").getText()).contains(HEAD).contains("东关村");
        assertThat(page.byId("identification-notice").getText()).contains("公示");
        page.type("task-comment", "经乡镇审核，该户因病致贫情况属实，同意报县级审批。");
        page.shot("07-township1-township-review");
        page.click("task-submit");
        page.byId("tasks");

        page.login("county1");
        page.shot("08-county1-task-list");
        page.openTaskRow(indexOf("county1", caseId, IdentificationVariables.TASK_COUNTY_APPROVAL), HEAD);
        page.type("task-comment", "经县扶贫开发领导小组审定，同意识别为新致贫户。");
        page.shot("09-county1-county-approval");
        page.click("task-submit");
        page.byId("tasks");

        TestLogins.login("county1");
        assertThat(identification.find(caseId).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(households.details(householdId).category()).isEqualTo(Category.NEWLY_POOR);
        assertThat(rowsOf("county1", caseId)).isEmpty();
        page.open("household/" + householdId);
        assertThat(page.byId("household-category").getText()).isEqualTo("新致贫户");
        page.shot("10-county1-household-registered");
    }

    /**
     * Issue 16: the page has no development toolbar (its "Development Mode" notice) unless asked for, and the favicon
     * the browser asks for on every page is there.
     */
    private void noDevelopmentToolbarAndAFavicon() {
        assertThat(page.js("return document.querySelector('vaadin-dev-tools') === null"))
                .as("no development toolbar")
                .isEqualTo(true);
        Object status = ((JavascriptExecutor) page.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/favicon.ico').then(r => done(r.status + ' ' + r.headers.get('content-type')),"
                        + " e => done(String(e)));");
        assertThat(String.valueOf(status)).startsWith("200 image/");
    }

    /**
     * Issue 16: a file the server refuses (not a PDF, JPEG or PNG by its content) leaves the upload's own list, where
     * the browser had ticked it as uploaded, and shows ✗ with its name and the reason.
     */
    private void refusedUploadShowsNoTick(String id) throws Exception {
        Path fake = Files.writeString(
                Files.createDirectories(Path.of("target", "e2e")).resolve("not-a-pdf.pdf"), "MZ not a pdf at all");
        WebElement input = (WebElement) page.js(
                "const u = arguments[0].querySelector('vaadin-upload');"
                        + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');",
                page.byId(id));
        input.sendKeys(fake.toAbsolutePath().toString());
        page.wait.until(d -> page.text().contains("✗ not-a-pdf.pdf"));
        page.idle();
        assertThat(page.text()).contains("✗ not-a-pdf.pdf：只能上传 PDF、JPEG 或 PNG 文件");
        assertThat(page.js("return arguments[0].querySelector('vaadin-upload').files.length", page.byId(id)))
                .as("the refused file left the upload's list")
                .isEqualTo(0L);
    }

    private void village2SeesNeitherTheTaskNorItsUrl(long caseId, String openTaskId) throws Exception {
        page.login("village2");
        assertThat(page.gridText("tasks")).doesNotContain(HEAD);
        assertThat(rowsOf("village2", caseId)).isEmpty();
        page.open("task/" + openTaskId);
        assertThat(page.byId("access-denied-message").getText()).isNotBlank();
        assertThat(page.text()).doesNotContain(HEAD);
        page.shot("04-village2-task-url-refused");
    }

    /** The notice period's timer of this case's own process instance, executed instead of waiting for it. */
    private void executeNoticeTimer(long caseId) {
        TestLogins.login("village1");
        IdentificationCaseView c = identification.find(caseId);
        Job timer = management
                .createJobQuery()
                .timers()
                .processDefinitionKey(IdentificationVariables.PROCESS_KEY)
                .processInstanceId(c.processInstanceId())
                .activityId(IdentificationVariables.NOTICE_TIMER)
                .singleResult();
        assertThat(timer).as("notice timer of case %s", caseId).isNotNull();
        management.executeJob(timer.getId());
        TestLogins.logout();
    }

    private long ordinaryHousehold() {
        TestLogins.login("village1");
        long id = households.register(new NewHousehold(
                RegionCode.of(VILLAGE),
                "13812345678",
                false,
                List.of(
                        new NewHousehold.NewMember(HEAD, idNumber(true), Relation.HEAD),
                        new NewHousehold.NewMember("郑秀兰", idNumber(false), Relation.SPOUSE))));
        TestLogins.logout();
        return id;
    }

    /**
     * A random valid ID number born in the 1960s (TestHouseholds counts from 1970, so a rerun on the same database
     * does not meet the household of the last run); the sequence's parity is the sex.
     */
    private static String idNumber(boolean male) {
        Random random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(3650));
        String first17 = VILLAGE.substring(0, 6)
                + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(500) * 2 + (male ? 1 : 0));
        return first17 + IdNumber.checkCharacter(first17);
    }

    private long caseOf(long householdId) {
        TestLogins.login("village1");
        long id = identification.openCaseOf(householdId).orElseThrow().id();
        TestLogins.logout();
        return id;
    }

    /** Where the case's task stands in the officer's list (oldest first), so that the grid can scroll to it. */
    private int indexOf(String username, long caseId, String taskKey) {
        List<TaskRow> rows = mine(username);
        TestLogins.logout();
        return IntStream.range(0, rows.size())
                .filter(i -> isCase(rows.get(i), caseId)
                        && rows.get(i).task().taskDefinitionKey().equals(taskKey))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(taskKey + " of case " + caseId + " not in the list of " + username));
    }

    private List<TaskRow> rowsOf(String username, long caseId) {
        List<TaskRow> rows =
                mine(username).stream().filter(r -> isCase(r, caseId)).toList();
        TestLogins.logout();
        return rows;
    }

    private List<TaskRow> mine(String username) {
        TestLogins.login(username);
        return taskList.page(TaskFilter.MINE, 0, 1000);
    }

    private static boolean isCase(TaskRow row, long caseId) {
        return IdentificationVariables.PROCESS_KEY.equals(row.task().processDefinitionKey())
                && Long.valueOf(caseId).equals(row.task().caseId());
    }

    /** A small valid PDF: the signed commitment as the village officer scanned it. */
    private static Path commitmentPdf() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "e2e"));
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return Files.writeString(dir.resolve("signed-commitment.pdf"), pdf, StandardCharsets.US_ASCII);
    }
}
