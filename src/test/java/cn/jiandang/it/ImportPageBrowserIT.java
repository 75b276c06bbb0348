package cn.jiandang.it;

import cn.jiandang.TestHouseholds;
import cn.jiandang.exchange.TestImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's file import in a real browser: county1 chooses "keep valid rows" and uploads a small CSV with one bad row;
 * the page shows the queued job's progress bar, and once the background worker has run (driven here through its test
 * hook: the pgtest profile turns its cron off, so nothing runs behind the test's back) the page's own polling shows the
 * job done, the bad row by line and field, and the report link; the good households are in the archive.
 */
@PostgresAppTest
class ImportPageBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver driver;
    VaadinPage page;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Browsers.chromium();
        page = new VaadinPage(driver, port, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anOfficerUploadsAFileWatchesTheProgressAndReadsTheBadRowWhileTheGoodRowsLand() throws Exception {
        String first = TestHouseholds.newIdNumber();
        String second = TestHouseholds.newIdNumber();
        String bad = TestHouseholds.newIdNumber();
        Path file = Files.createTempFile("households", ".csv");
        Files.writeString(
                file,
                "户主身份证号,村代码,联系电话,是否外出务工,姓名,身份证号,与户主关系\n"
                        + first + ",130125100201,13812345678,否,浏览器甲," + first + ",户主\n"
                        + second + ",130125100201,13812345679,否,浏览器乙," + second + ",户主\n"
                        + bad + ",130125100201,13812345670,否,," + bad + ",户主\n",
                StandardCharsets.UTF_8);

        page.login("county1");
        page.open("imports");
        WebElement validRows = page.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-group[@id='import-mode']/vaadin-radio-button[contains(., '导入正确的户')]")));
        validRows.click();
        page.idle();
        WebElement input = (WebElement) page.js("const u = document.getElementById('import-upload');"
                + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());

        page.wait.until(d -> page.byId("import-status").getText().contains("排队中"));
        assertThat(progress()).isZero();
        page.shot("import-01-queued");

        assertThat(TestImports.runQueued(context)).isPositive();

        // the page polls while its job runs: no reload, no click
        page.wait.until(d -> page.byId("import-status").getText().contains("已完成"));
        page.idle();
        assertThat(progress()).isEqualTo(1.0);
        assertThat(page.byId("import-status").getText()).contains("共 3 行", "写入 2 行（2 户）", "错误 1 个");
        page.wait.until(d -> page.gridText("import-errors").contains("成员姓名不能为空"));
        assertThat(page.gridText("import-errors")).contains("4", "姓名", "成员姓名不能为空");
        assertThat(page.byId("import-report").getText()).contains("下载错误行报告");
        page.js("arguments[0].scrollIntoView({block: 'center'})", page.byId("import-errors"));
        page.shot("import-02-done-with-bad-row");

        assertThat(jdbc.queryForObject(
                        "select count(*) from member where relation = 'HEAD' and id_number in (?, ?, ?)",
                        Integer.class,
                        first,
                        second,
                        bad))
                .isEqualTo(2);
    }

    private double progress() {
        return ((Number) page.js("return document.getElementById('import-progress').value")).doubleValue();
    }
}
