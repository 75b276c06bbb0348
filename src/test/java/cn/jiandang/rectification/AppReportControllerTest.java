package cn.jiandang.rectification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.Relation;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/app-reports}: the centre's app gateway passes on problems households report (R14). */
@JiandangSpringTest
class AppReportControllerTest {

    private static final String VILLAGE = "130125100201"; // 东关村, 龙州镇, 行唐县, 石家庄市

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    RectificationCases rectification;

    @Autowired
    AppReports rectificationAppReports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theCentreReportsByHouseholdIdAndTheProvinceSeesItOnlyDesensitised() throws Exception {
        long household = household();
        String location = report("centre", """
                {"householdId": %d, "description": "石家庄市行唐县龙州镇东关村：我家去年已脱贫，系统仍显示贫困户"}
                """.formatted(household))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/app-reports/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(httpBasic("centre", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.deadline")
                        .value(LocalDate.now()
                                .plusDays(AppReports.APP_REPORT_DAYS)
                                .toString()));

        TestLogins.login("province1");
        DesensitisedReport seen = rectificationAppReports.appReportsForProvince().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(seen.description())
                .isEqualTo("＊＊＊＊＊＊＊＊：我家去年已脱贫，系统仍显示贫困户")
                .doesNotContain("东关")
                .doesNotContain("龙州")
                .doesNotContain("行唐")
                .doesNotContain("石家庄");
        assertThat(seen.type()).isEqualTo(ProblemType.RECORDS_DIFFER);
        TestLogins.logout();
        mvc.perform(get(location).with(httpBasic("province1", "demo"))).andExpect(status().isForbidden());
        // R14: the province's refused read is audited like every refusal
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor = 'province1'"
                                + " and entity_type = 'RectificationCase' and entity_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
        TestLogins.login("centre");
        RectificationCaseView c = rectification.find(id);
        assertThat(c.householdId()).isEqualTo(household);
        assertThat(c.source()).isEqualTo(ProblemSource.APP_REPORT);
        assertThat(c.description()).contains("东关村");
    }

    @Test
    void theHouseholdMayBeNamedByItsHeadsIdNumber() throws Exception {
        long household = household();
        TestLogins.login("village1");
        HouseholdDetails details = households.details(household);
        String head = details.members().stream()
                .filter(m -> m.relation() == Relation.HEAD)
                .findFirst()
                .orElseThrow()
                .idNumber();
        String spouse = details.members().stream()
                .filter(m -> m.relation() == Relation.SPOUSE)
                .findFirst()
                .orElseThrow()
                .idNumber();
        TestLogins.logout();
        String body = """
                {"headIdNumber": "%s", "description": "帮扶措施未落实", "deadline": "%s"}
                """;
        String location = report("centre", body.formatted(head, LocalDate.now().plusDays(10)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        TestLogins.login("centre");
        RectificationCaseView c = rectification.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(c.householdId()).isEqualTo(household);
        assertThat(c.deadline()).isEqualTo(LocalDate.now().plusDays(10));
        TestLogins.logout();
        report("centre", body.formatted(spouse, LocalDate.now()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到该记录，或它不在您的辖区内"));
    }

    @Test
    void badInputIsNamedFieldByFieldAndAnUnknownHouseholdIsNotFound() throws Exception {
        long before = appReports();
        report("centre", "{\"description\": \"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("householdId", "description")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("请填写户编号或户主身份证号码")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("问题描述不能为空")));
        report("centre", """
                {"householdId": 1, "headIdNumber": "130125198001010000", "description": "%s",
                 "deadline": "%s"}
                """.formatted("长".repeat(1001), LocalDate.now().minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("headIdNumber", "description", "deadline")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("问题描述不能超过1000字")));
        report("centre", "{\"headIdNumber\": \"130125198001010000\", \"description\": \"账实不符\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("headIdNumber"));
        report("centre", "{\"householdId\": 987654321, \"description\": \"账实不符\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到该记录，或它不在您的辖区内"));
        assertThat(appReports()).as("nothing registered").isEqualTo(before);
    }

    @Test
    void onlyTheCentreMayReportAndAnonymousCallersAreRefused() throws Exception {
        long household = household();
        long before = appReports();
        String body = "{\"householdId\": %d, \"description\": \"账实不符\"}".formatted(household);
        report("province1", body).andExpect(status().isForbidden());
        report("county1", body).andExpect(status().isForbidden());
        report("village1", body).andExpect(status().isForbidden());
        // the role is checked before the household: others cannot probe which households exist
        report("village1", "{\"householdId\": 987654321, \"description\": \"\"}")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/app-reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        assertThat(appReports()).isEqualTo(before);
    }

    @Test
    void theIntakeIsDocumentedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/app-reports'].post.summary", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/app-reports'].post.responses['201']", notNullValue()));
    }

    private long household() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, VILLAGE, null);
        TestLogins.logout(); // MockMvc would carry the test thread's login into the request
        return id;
    }

    private long appReports() {
        return jdbc.queryForObject("select count(*) from rectification_case where source = 'APP_REPORT'", Long.class);
    }

    private ResultActions report(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/app-reports")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
