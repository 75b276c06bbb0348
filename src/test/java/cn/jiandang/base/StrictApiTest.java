package cn.jiandang.base;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API reads strictly and answers every refusal as Chinese problem details naming the field: the probes that
 * were accepted (a number as a date, 1.5 as 1, an enum by position or with a space, a phone of dashes), answered 500
 * (a null in a list, NUL in text) or answered a Vaadin page (an unknown path). Nothing of a refused request is saved.
 */
@JiandangSpringTest
class StrictApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    long householdId;
    int casesBefore;
    int reportsBefore;

    @BeforeEach
    void aHousehold() {
        TestLogins.login("village1");
        householdId = TestHouseholds.register(households, "130125100201", null);
        TestLogins.logout();
        casesBefore = count("identification_case");
        reportsBefore = count("rectification_case");
    }

    @AfterEach
    void nothingWasSaved() {
        TestLogins.logout();
        assertThat(count("identification_case")).isEqualTo(casesBefore);
        assertThat(count("rectification_case")).isEqualTo(reportsBefore);
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndListsTheAllowedValues() throws Exception {
        apply("{\"channel\":\"HOTLINE\",\"kind\":\"MARGINAL\",\"householdId\":%d,\"causes\":[\"EPIDEMIC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("channel")))
                .andExpect(jsonPath(
                        "$.errors[0].message", is("字段 channel 的值无效，可选：VILLAGE, APP, HOTLINE_12317, ONLINE_HALL")));
        apply("{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":%d,\"causes\":[\"BOGUS\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("causes[0]")))
                .andExpect(jsonPath("$.errors[0].message", containsString("EPIDEMIC")));
    }

    @Test
    void enumsAreExactNamesNeitherPositionsNorPadded() throws Exception {
        apply("{\"channel\":\"APP\",\"kind\":5,\"householdId\":%d,\"causes\":[\"EPIDEMIC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")));
        apply("{\"channel\":\"VILLAGE \",\"kind\":\"MARGINAL\",\"householdId\":%d,\"causes\":[\"EPIDEMIC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("channel")));
        apply("{\"channel\":\"app\",\"kind\":\"MARGINAL\",\"householdId\":%d,\"causes\":[\"EPIDEMIC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("channel")));
    }

    @Test
    void numbersAreNumbersAndIntegersAreWhole() throws Exception {
        apply("{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":1.5,\"causes\":[\"EPIDEMIC\"]}", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("householdId")))
                .andExpect(jsonPath("$.errors[0].message", startsWith("字段 householdId 应为整数")));
        apply("{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":\"١\",\"causes\":[\"EPIDEMIC\"]}", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("householdId")));
        apply("{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":\"%d\",\"causes\":[\"EPIDEMIC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("householdId")));
        mvc.perform(get("/api/v1/households/١").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("id")));
        mvc.perform(get("/api/v1/households").param("size", "+5").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("size")));
    }

    @Test
    void aDateIsAnIsoStringNeverANumber() throws Exception {
        report("{\"householdId\":%d,\"description\":\"账实不符\",\"deadline\":20270101}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("deadline")))
                .andExpect(jsonPath("$.errors[0].message", containsString("YYYY-MM-DD")));
        report("{\"householdId\":%d,\"description\":\"账实不符\",\"deadline\":\"2027-02-30\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("deadline")));
    }

    @Test
    void aNullInAListOrNulInTextNamesTheFieldInsteadOfA500() throws Exception {
        apply("{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":%d,\"causes\":[null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("causes[0]")));
        apply(
                        "{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"household\":{\"villageCode\":\"130125100201\","
                                + "\"contactPhone\":\"13712345678\",\"members\":[null]},\"causes\":[\"EPIDEMIC\"]}",
                        false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("household.members[0]")));
        report("{\"householdId\":%d,\"description\":\"a\\u0000b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("description")))
                .andExpect(jsonPath("$.errors[0].message", containsString("控制字符")));
    }

    @Test
    void unknownAndDuplicatePropertiesAndMalformedJsonAreRefused() throws Exception {
        apply("{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":%d,\"causes\":[\"EPIDEMIC\"],\"x\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("x")))
                .andExpect(jsonPath("$.errors[0].message", containsString("householdId")));
        apply("{\"channel\":\"APP\",\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":%d}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("channel")));
        apply("{\"channel\":", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("请求正文不是有效的JSON")));
        mvc.perform(post("/api/v1/applications")
                        .with(httpBasic("village1", "demo"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("channel=APP"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", startsWith("请求正文的类型不支持")));
    }

    @Test
    void theRegistrysPhoneRuleAppliesToApplicationsFromEveryChannel() throws Exception {
        for (String phone : new String[] {"-------", "+++++++", "0000000", "1234567", "12345678901"}) {
            for (String channel : new String[] {"APP", "HOTLINE_12317", "ONLINE_HALL", "VILLAGE"}) {
                apply(
                                ("{\"channel\":\"%s\",\"kind\":\"MARGINAL\",\"causes\":[\"EPIDEMIC\"],\"household\":"
                                                + "{\"villageCode\":\"130125100201\",\"contactPhone\":\"%s\",\"members\":"
                                                + "[{\"name\":\"新户\",\"idNumber\":\"%s\",\"relation\":\"HEAD\"}]}}")
                                        .formatted(channel, phone, TestHouseholds.newIdNumber()),
                                false)
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[*].field", hasItem("household.contactPhone")));
            }
        }
    }

    @Test
    void anUnknownApiPathIsA404ProblemAndAWrongMethodA405InChinese() throws Exception {
        mvc.perform(get("/api/v1/nope").with(httpBasic("village1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", is("您要找的页面或接口不存在")));
        mvc.perform(get("/api/v1/households/1/nope").with(httpBasic("village1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/v1/me").with(httpBasic("village1", "demo")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.detail", is("该地址不支持此请求方法")));
    }

    private ResultActions apply(String json) throws Exception {
        return apply(json, true);
    }

    private ResultActions apply(String json, boolean withHousehold) throws Exception {
        return mvc.perform(post("/api/v1/applications")
                .with(httpBasic("village1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(withHousehold ? json.formatted(householdId) : json));
    }

    private ResultActions report(String json) throws Exception {
        return mvc.perform(post("/api/v1/app-reports")
                .with(httpBasic("centre", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.formatted(householdId)));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
