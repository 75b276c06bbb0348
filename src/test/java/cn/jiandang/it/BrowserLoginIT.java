package cn.jiandang.it;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless Chromium through the real login page: a wrong password is refused, village1 lands on its tasks. */
@PostgresAppTest
class BrowserLoginIT {

    static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    HouseholdService households;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        TestLogins.logout();
    }

    @Test
    void aWrongPasswordIsRefusedAndVillage1LandsOnItsTaskList() throws Exception {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        login("village1", "wrong");
        wait.until(d -> text(d).contains("用户名或密码错误"));
        shot("01-login-wrong-password");

        login("village1", "demo");
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-count")));
        assertThat(count.getText()).isNotBlank();
        assertThat(text(driver)).contains("我的任务").contains("张村官");
        shot("02-task-list-village1");

        TestLogins.login("village1");
        long village1Household = households
                .search(RegionCode.of("130125100201"), null, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        driver.get("http://localhost:" + port + "/household/" + village1Household);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("household-head")));
        shot("03-household-village1");

        TestLogins.login("village2");
        long village2Household = households
                .search(RegionCode.of("130125101201"), null, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        driver.get("http://localhost:" + port + "/household/" + village2Household);
        WebElement denied = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied-message")));
        assertThat(denied.getText()).contains("无权查看");
        shot("04-other-village-refused");

        driver.get("http://localhost:" + port + "/no-such-page");
        wait.until(d -> text(d).contains("页面不存在"));
    }

    private void login(String username, String password) {
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!document.querySelector('vaadin-login-form input[name=username]')"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement user = (WebElement)
                js.executeScript("return document.querySelector('vaadin-login-form input[name=username]')");
        WebElement pass = (WebElement)
                js.executeScript("return document.querySelector('vaadin-login-form input[name=password]')");
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password);
        WebElement submit = (WebElement)
                js.executeScript("return document.querySelector('vaadin-login-form vaadin-button[slot=submit]')"
                        + " || document.querySelector('vaadin-login-form vaadin-button')");
        submit.click();
    }

    private static String text(WebDriver d) {
        Object text = ((JavascriptExecutor) d)
                .executeScript("function all(n){let t='';if(n.shadowRoot){t+=all(n.shadowRoot);}"
                        + "for(const c of n.childNodes){t+= c.nodeType===3 ? c.textContent : all(c);}return t;}"
                        + "return all(document.body);");
        return text == null ? "" : text.toString();
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
