package cn.jiandang.identification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/applications}: the intake of the app, the 12317 hotline and the online service hall. */
@JiandangSpringTest
class ApplicationControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Test
    void anApplicationForARegisteredHouseholdStartsAnIdentificationAndASecondIsRefused() throws Exception {
        long id = TestHouseholds.register(households, "130125100201", Category.EXITED);
        String body = """
                {"channel": "APP", "kind": "MONITORED", "householdId": %d, "causes": ["EPIDEMIC"], "returnCause": null}
                """.formatted(id);
        apply("county1", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/applications/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.processInstanceId").isString());
        apply("county1", body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该户已有一个办理中的识别申请，不能重复申请"));
    }

    @Test
    void anApplicationForAHouseholdNotYetRegisteredKeepsItWithTheApplication() throws Exception {
        String body = """
                {"channel": "ONLINE_HALL", "kind": "MARGINAL", "causes": ["EPIDEMIC", "HIGH_EXPENSES"],
                 "household": {"villageCode": "130125100202", "contactPhone": "13712345678",
                   "members": [{"name": "郑新户", "idNumber": "%s", "relation": "HEAD"}]}}
                """.formatted(TestHouseholds.newIdNumber());
        String location = apply("township1", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(location).with(httpBasic("township1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("ONLINE_HALL"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.householdId").doesNotExist());
    }

    @Test
    void missingFieldsAreNamedOneByOne() throws Exception {
        apply("county1", "{\"householdId\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
        apply("county1", """
                {"channel": "HOTLINE_12317", "kind": "NEWLY_POOR", "causes": [],
                 "household": {"villageCode": "130125100201", "contactPhone": "13712345678",
                   "members": [{"name": "错号", "idNumber": "130125198001010000", "relation": "HEAD"}]}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[0].idNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("causes")));
    }

    @Test
    void aKindTheHouseholdMayNotEnterIsRefusedWithTheReason() throws Exception {
        long poor = TestHouseholds.register(households, "130125100201", Category.POOR);
        apply("county1", """
                {"channel": "APP", "kind": "MONITORED", "householdId": %d, "causes": ["ILLNESS"]}
                """.formatted(poor))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("贫困户不能识别为脱贫监测户"));
    }

    @Test
    void anotherRegionAndAnonymousCallersAreRefused() throws Exception {
        long id = TestHouseholds.register(households, "130125100201", null);
        String body = "{\"channel\": \"APP\", \"kind\": \"MARGINAL\", \"householdId\": %d, \"causes\": [\"ILLNESS\"]}"
                .formatted(id);
        // another region's household answers like one that does not exist (and the refusal is audited)
        apply("township2", body).andExpect(status().isNotFound());
        TestLogins.logout(); // MockMvc would carry the test thread's login into the request
        mvc.perform(post("/api/v1/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions apply(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/applications")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
