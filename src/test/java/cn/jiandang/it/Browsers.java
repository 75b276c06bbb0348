package cn.jiandang.it;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium for the end-to-end tests, with the flags it needs as root on a closed network.
 * The binary and driver paths skip Selenium Manager's download; a missing browser fails, never skips.
 */
final class Browsers {

    private Browsers() {}

    static WebDriver chromium() throws IOException {
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(new File(chrome))
                .as("Chromium is required; .ci/test installs it")
                .exists();
        assertThat(new File(chromedriver))
                .as("chromedriver is required; .ci/test installs it")
                .exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,768",
                "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(chromedriver))
                        .usingAnyFreePort()
                        .build(),
                options);
    }
}
