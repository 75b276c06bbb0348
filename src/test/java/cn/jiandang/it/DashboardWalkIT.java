package cn.jiandang.it;

import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.DailySnapshotJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics in a real browser, 1366 wide: province1 opens the dashboard (Chart.js from its webjar draws the
 * trend), drills into a county and opens the monitoring scale. Yesterday and today are computed first, so the trend
 * has two points and the cards a change since yesterday (the demo registry was loaded today: yesterday counts none).
 * The pictures go to target/screenshots; the README shows copies of them under .docs/screenshots, copied by hand
 * like IdentificationWalkIT's, so that a test run never changes tracked files.
 */
@PostgresAppTest
class DashboardWalkIT {

    @LocalServerPort
    int port;

    @Autowired
    DailySnapshotJob job;

    VaadinPage page;

    @BeforeEach
    void startBrowser() throws Exception {
        SystemActor.call(() -> job.compute(job.today().minusDays(1)));
        SystemActor.call(() -> job.compute(job.today()));
        page = new VaadinPage(Browsers.chromium(), port);
        page.driver.manage().window().setSize(new Dimension(1366, 1700));
    }

    @AfterEach
    void stopBrowser() {
        page.driver.quit();
    }

    @Test
    void theProvinceSeesItsDashboardDrillsIntoACountyAndSeesTheScale() throws Exception {
        page.login("province1");
        page.open("dashboard");
        page.byId("card-MONITORED");
        assertThat(page.js("return !!window.Chart && !!document.querySelector('#chart-trend canvas').jiandangChart"))
                .as("the trend is drawn")
                .isEqualTo(true);
        assertThat(page.js("return document.querySelector('#chart-trend canvas').jiandangChart.data.labels"))
                .as("one point a computed day")
                .asString()
                .contains(job.today().minusDays(1).toString(), job.today().toString());
        assertThat(page.byId("card-RETURNED").getText())
                .as("yesterday's snapshot is there to compare with")
                .containsPattern("较前一日: [+-]?\\d+");
        assertThat(page.gridText("table-subregions")).contains("行唐县", "灵寿县");
        page.shot("statistics-dashboard-province");

        page.click("drill-130125000000");
        page.waitForText("龙州镇");
        assertThat(page.byId("region-trail").getText()).contains("河北省", "行唐县");
        page.shot("statistics-dashboard-county");

        page.open("statistics/scale");
        page.byId("table-scale");
        assertThat(page.gridText("table-scale")).contains("130125000000", "130126000000");
        page.shot("statistics-monitoring-scale");
    }
}
