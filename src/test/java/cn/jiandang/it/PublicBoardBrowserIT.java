package cn.jiandang.it;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.publicnotice.NoticeCases;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's proof in a real browser: an anonymous visitor opens a village's public board, finds an identification in
 * its notice period, raises an objection online (answering the human check by reading its sum on the page) and sees
 * it confirmed; then township1 logs in through Keycloak and reads the objection, marked online, on the case's
 * objection task. Neither public page holds an ID or a phone number. The app context is KeycloakSsoIT's (the same
 * fixed port its realm allows as redirect), so it starts once for both.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + KeycloakSsoIT.PORT, "jiandang.keycloak.issuer-uri=" + KeycloakSsoIT.ISSUER})
@ActiveProfiles({"postgres", "pgtest", "keycloak"})
class PublicBoardBrowserIT {

    static final String ID_NUMBER = "(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])";
    static final String PHONE = "(?<![0-9])(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?![0-9])";
    private static final Pattern SUM = Pattern.compile("(\\d+) \\+ (\\d+) = ？");

    @Autowired
    IdentificationIntake intake;

    @Autowired
    IdentificationSteps steps;

    @Autowired
    TaskListService tasks;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver driver;
    VaadinPage page;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Browsers.chromium();
        page = new VaadinPage(driver, KeycloakSsoIT.APP, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        TestLogins.logout();
    }

    @Test
    void aVisitorObjectsOnlineAndTheTownshipReadsItMarkedOnlineOnTheCase() throws Exception {
        NoticeCases.OnNotice n =
                new NoticeCases(intake, steps, tasks, households, jdbc).onNotice(PovertyFactor.ILLNESS);
        TestLogins.login("village1");
        String head = households.details(n.householdId()).headName();
        TestLogins.logout();

        driver.get(KeycloakSsoIT.APP + "/public/notices/" + NoticeCases.VILLAGE);
        WebElement link = page.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a.notice[href$='/" + NoticeCases.VILLAGE + "/" + n.noticeId() + "']")));
        assertThat(link.getText()).contains(head + "户拟识别为");
        noNumbers(driver.getPageSource());
        publicShot("board-01-village-board");
        link.click();

        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        assertThat(driver.findElement(By.cssSelector("dd.head")).getText()).isEqualTo(head);
        noNumbers(driver.getPageSource());
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        driver.findElement(By.id("name")).sendKeys("李四");
        driver.findElement(By.id("phone")).sendKeys(phone);
        driver.findElement(By.id("content")).sendKeys("该户家中新建楼房，收入情况不实");
        String question =
                driver.findElement(By.cssSelector("label[for=answer]")).getText();
        Matcher sum = SUM.matcher(question);
        assertThat(sum.find()).as(question).isTrue();
        driver.findElement(By.id("answer"))
                .sendKeys(String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))));
        publicShot("board-02-objection-form");
        driver.findElement(By.id("submit")).click();

        WebElement done = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.done")));
        assertThat(done.getText()).contains("您的异议已提交");
        assertThat(driver.getPageSource()).doesNotContain(phone);
        noNumbers(driver.getPageSource());
        publicShot("board-03-objection-confirmed");

        TestLogins.login("township1");
        String task = tasks.page(0, 500).stream()
                .filter(r -> r.task().caseId() != null
                        && r.task().caseId() == n.caseId()
                        && r.task().taskDefinitionKey().equals("handleObjection"))
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        TestLogins.logout();
        driver.get(KeycloakSsoIT.APP + "/task/" + task);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        driver.findElement(By.id("username")).sendKeys("township1");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        // Keycloak sends the browser back to the app: to the saved task page, or else to the task list
        page.wait.until(d -> d.getCurrentUrl().startsWith(KeycloakSsoIT.APP));
        if (!driver.getCurrentUrl().endsWith("/task/" + task)) {
            driver.get(KeycloakSsoIT.APP + "/task/" + task);
        }
        WebElement source = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("objection-source")));
        assertThat(source.getText())
                .contains("网上公示栏", "李四", phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone);
        assertThat(driver.findElement(By.id("objection-content")).getText()).contains("该户家中新建楼房");
        page.shot("board-04-township-reads-online-objection");
    }

    /** The public pages have no Vaadin client to wait for: the screenshot is taken as the page stands. */
    private void publicShot(String name) throws Exception {
        Files.createDirectories(VaadinPage.SHOTS);
        Files.write(
                VaadinPage.SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void noNumbers(String html) {
        assertThat(html).doesNotContainPattern(ID_NUMBER).doesNotContainPattern(PHONE);
    }
}
