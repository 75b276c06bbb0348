package cn.jiandang.statistics;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/statistics/daily}: the snapshot's figures, the caller's region only, bad input named. */
@JiandangSpringTest
class StatisticsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DailySnapshotJob job;

    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;

    @BeforeEach
    void snapshot() {
        today = job.today();
        SystemActor.call(() -> job.compute(today));
    }

    @Test
    void aCountysDayIsFourRowsWithTheSnapshotsFigures() throws Exception {
        long monitored = jdbc.queryForObject("""
                select households from stat_daily_category where snapshot_day = ? and region_code = '130125000000'
                and category = 'MONITORED'""", Long.class, today);
        mvc.perform(get("/api/v1/statistics/daily")
                        .param("region", "130125000000")
                        .param("from", today.toString())
                        .param("to", today.toString())
                        .with(httpBasic("county1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].category", contains("RETURNED", "NEWLY_POOR", "MONITORED", "MARGINAL")))
                .andExpect(jsonPath("$[*].regionCode", everyItem(is("130125000000"))))
                .andExpect(jsonPath("$[*].day", everyItem(is(today.toString()))))
                .andExpect(jsonPath("$[2].households", is((int) monitored)))
                .andExpect(jsonPath("$[2].persons").isNumber())
                .andExpect(jsonPath("$[2].riskEliminated").isNumber())
                .andExpect(jsonPath("$[2].changes").isArray());
    }

    @Test
    void withoutParametersItIsTodayInTheCallersRegion() throws Exception {
        mvc.perform(get("/api/v1/statistics/daily").with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].regionCode", is("130125100201")));
    }

    @Test
    void anotherRegionIsRefused() throws Exception {
        mvc.perform(get("/api/v1/statistics/daily")
                        .param("region", "130126000000")
                        .with(httpBasic("county1", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputAnswers400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/statistics/daily").param("region", "1301").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("region")));
        mvc.perform(get("/api/v1/statistics/daily")
                        .param("from", "2020-06-02")
                        .param("to", "2020-06-01")
                        .with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("from")))
                .andExpect(jsonPath("$.detail", containsString("开始日期不能晚于结束日期")));
        mvc.perform(get("/api/v1/statistics/daily").param("from", "2020-13-01").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("from")));
        mvc.perform(get("/api/v1/statistics/daily").param("to", "yesterday").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("to")));
        mvc.perform(get("/api/v1/statistics/daily")
                        .param("from", "2019-01-01")
                        .param("to", "2020-06-01")
                        .with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("to")));
    }

    @Test
    void onlyTheCentreRecomputesADayAndNotAFutureOne() throws Exception {
        mvc.perform(post("/api/v1/statistics/daily/" + today + "/recompute")
                        .with(csrf())
                        .with(httpBasic("province1", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/statistics/daily/" + today.plusDays(1) + "/recompute")
                        .with(csrf())
                        .with(httpBasic("centre", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("day")));
        mvc.perform(post("/api/v1/statistics/daily/" + today + "/recompute")
                        .with(csrf())
                        .with(httpBasic("centre", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day", is(today.toString())))
                .andExpect(jsonPath("$.computedBy", is("centre")))
                .andExpect(jsonPath("$.trigger", is("ON_DEMAND")));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("centre", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/statistics/daily'].get.parameters[*].name",
                        contains("region", "from", "to")));
    }
}
