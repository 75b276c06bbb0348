package cn.jiandang.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The steps a browser test takes on the Vaadin UI: log in, wait until the server round trips are over (never a
 * sleep), find web components by id and grid cells by text, take a screenshot.
 */
final class VaadinPage {

    static final Path SHOTS = Path.of("target", "screenshots");

    /** True while the page has not booted Vaadin yet or a Flow client still waits for the server. */
    private static final String BUSY = "const v = window.Vaadin;"
            + "if (!v || !v.Flow || !v.Flow.clients) return true;"
            + "const clients = Object.values(v.Flow.clients).filter(c => c && typeof c.isActive === 'function');"
            + "return clients.length === 0 || clients.some(c => c.isActive());";

    private static final String TEXT = "function all(n){let t='';if(n.shadowRoot){t+=all(n.shadowRoot);}"
            + "for(const c of n.childNodes){t+= c.nodeType===3 ? c.textContent : all(c);}return t;}"
            + "return all(document.body);";

    final WebDriver driver;
    final WebDriverWait wait;
    private final String base;

    VaadinPage(WebDriver driver, int port) {
        this(driver, port, Duration.ofSeconds(60));
    }

    /** With a longer timeout, e.g. for a throttled network. */
    VaadinPage(WebDriver driver, int port, Duration timeout) {
        this(driver, "http://localhost:" + port, timeout);
    }

    /** On an app that runs elsewhere, e.g. the deployed jar: base is its address without a trailing slash. */
    VaadinPage(WebDriver driver, String base, Duration timeout) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        this.base = base;
    }

    String base() {
        return base;
    }

    /** A fresh session: the old one's cookie is dropped, the login page posts the demo password. */
    void login(String username) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        submitLogin(username);
    }

    /** On the login page: waits for the form, posts the demo password, waits for the task list. */
    void submitLogin(String username) {
        wait.until(d -> js("return !!document.querySelector('vaadin-login-form input[name=username]')"));
        WebElement user = (WebElement) js("return document.querySelector('vaadin-login-form input[name=username]')");
        WebElement pass = (WebElement) js("return document.querySelector('vaadin-login-form input[name=password]')");
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys("demo");
        ((WebElement) js("return document.querySelector('vaadin-login-form vaadin-button[slot=submit]')"
                        + " || document.querySelector('vaadin-login-form vaadin-button')"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-count")));
        idle();
    }

    void open(String route) {
        driver.get(base + "/" + route);
        idle();
    }

    /** Waits until Vaadin has booted and no request to the server is pending. */
    void idle() {
        wait.until(d -> Boolean.FALSE.equals(js(BUSY)));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void click(String id) {
        WebElement element = byId(id);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        idle();
    }

    /** Clicks the task list's row that shows the text; scrolls the lazy grid to the row first. */
    void openTaskRow(int index, String cellText) {
        WebElement grid = byId("tasks");
        js("arguments[0].scrollToIndex(arguments[1])", grid, index);
        idle();
        By cell =
                By.xpath("//vaadin-grid[@id='tasks']/vaadin-grid-cell-content[normalize-space(.)='" + cellText + "']");
        wait.until(ExpectedConditions.elementToBeClickable(cell)).click();
        wait.until(ExpectedConditions.urlContains("/task/"));
        byId("task-submit");
        idle();
    }

    /** The text of the body cells the grid has rendered. */
    String gridText(String id) {
        byId(id);
        Object text = js(
                "return Array.from(document.getElementById(arguments[0]).querySelectorAll("
                        + "'vaadin-grid-cell-content')).map(c => c.textContent).join('|')",
                id);
        return text == null ? "" : text.toString();
    }

    /** Fills a text field or text area (its input lives in the light DOM). */
    void type(String id, String text) {
        WebElement input = (WebElement) js("return arguments[0].querySelector('input, textarea')", byId(id));
        input.clear();
        input.sendKeys(text);
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        idle();
    }

    /** Picks an item of a (multi-select) combo box by its label. */
    void pick(String id, String label) {
        WebElement input = (WebElement) js("return arguments[0].querySelector('input')", byId(id));
        input.click();
        By item = By.xpath("//*[self::vaadin-multi-select-combo-box-item or self::vaadin-combo-box-item]"
                + "[normalize-space(.)='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        idle();
        js("arguments[0].opened = false", byId(id));
        idle();
    }

    /** Hands a file to a vaadin-upload inside the element with the id, as a user's file chooser would. */
    void upload(String id, Path file) {
        WebElement input = (WebElement) js(
                "const u = arguments[0].querySelector('vaadin-upload');"
                        + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');",
                byId(id));
        input.sendKeys(file.toAbsolutePath().toString());
        // the server lists what it stored as a download link; the upload's own file list is only the browser's
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='" + id + "']//a[contains(., '" + file.getFileName() + "')]")));
        idle();
    }

    String text() {
        Object text = js(TEXT);
        return text == null ? "" : text.toString();
    }

    void waitForText(String text) {
        wait.until(d -> text().contains(text));
    }

    void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        idle();
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
