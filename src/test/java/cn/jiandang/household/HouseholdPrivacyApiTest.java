package cn.jiandang.household;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.security.Masking;
import cn.jiandang.security.TestLogins;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API masks personal numbers everywhere, the detail included; a full number is a separate request, for officers
 * of the household's region only, audited each time. Another region's household answers exactly like one that does
 * not exist.
 */
@JiandangSpringTest
class HouseholdPrivacyApiTest {

    static final String VILLAGE1 = "130125100201";
    static final List<String> EVERY_ROLE =
            List.of("village1", "township1", "county1", "province1", "centre", "supervisor");

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    long householdId;

    @BeforeEach
    void aHouseholdOfVillage1() {
        TestLogins.login("village1");
        householdId = TestHouseholds.register(households, VILLAGE1, null);
        TestLogins.logout();
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theDetailShowsNoFullNumberToAnyRole() throws Exception {
        for (String user : EVERY_ROLE) {
            String body = ok(get("/api/v1/households/{id}", householdId), user);
            assertThat(Masking.containsPersonalNumber(body))
                    .as(user + ": " + body)
                    .isFalse();
            JsonNode doc = json.readTree(body);
            assertThat(doc.get("contactPhoneMasked").asText()).isEqualTo("138****0000");
            assertThat(doc.get("members").get(0).get("idNumberMasked").asText()).matches("1301\\*{10}\\d{3}[0-9X]");
            assertThat(doc.get("members").get(0).get("id").asLong()).isPositive();
        }
        for (String user : EVERY_ROLE) {
            String list = ok(get("/api/v1/households").param("size", "200"), user);
            assertThat(Masking.containsPersonalNumber(list)).as(user).isFalse();
        }
    }

    @Test
    void aFullIdNumberIsASeparateAuditedRequestForOfficersOfTheRegion() throws Exception {
        JsonNode doc = json.readTree(ok(get("/api/v1/households/{id}", householdId), "township1"));
        long memberId = doc.get("members").get(0).get("id").asLong();
        TestLogins.login("village1");
        String full = households.details(householdId).members().get(0).idNumber();
        TestLogins.logout();
        int before = reveals();

        for (String officer : List.of("village1", "township1", "county1", "province1")) {
            mvc.perform(get("/api/v1/households/{id}/members/{m}/id-number", householdId, memberId)
                            .with(httpBasic(officer, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.idNumber", is(full)));
        }
        mvc.perform(get("/api/v1/households/{id}/contact-phone", householdId).with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactPhone", is("13800000000")));
        assertThat(reveals() - before).isEqualTo(5);

        // the national roles read the archive, but never full numbers; another region as if it did not exist
        for (String national : List.of("centre", "supervisor")) {
            mvc.perform(get("/api/v1/households/{id}/members/{m}/id-number", householdId, memberId)
                            .with(httpBasic(national, "demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/households/{id}/members/{m}/id-number", householdId, memberId)
                        .with(httpBasic("village2", "demo")))
                .andExpect(status().isNotFound());
        assertThat(reveals() - before).isEqualTo(5);
    }

    @Test
    void anotherRegionsHouseholdAnswersExactlyLikeOneThatDoesNotExist() throws Exception {
        String notYours = mvc.perform(
                        get("/api/v1/households/{id}", householdId).with(httpBasic("village2", "demo")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String notThere = mvc.perform(get("/api/v1/households/{id}", 987654321L).with(httpBasic("village2", "demo")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(withoutInstance(notYours)).isEqualTo(withoutInstance(notThere));
        assertThat(notYours).doesNotContain(VILLAGE1);
        // the refusal is still audited (the missing one is no refusal)
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor = 'village2'"
                                + " and entity_type = 'Household' and entity_id = ?",
                        Integer.class,
                        String.valueOf(householdId)))
                .isEqualTo(1);
    }

    /** The list pages by key now (no offset to overflow); a forged position is a 400 naming it, never a 500. */
    @Test
    void aForgedPagePositionIsA400NamingIt() throws Exception {
        for (String after : List.of("2147483647", "130125100201:99999999999999999999", "' OR 1=1 --")) {
            mvc.perform(get("/api/v1/households").param("after", after).with(httpBasic("county1", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field", is("after")))
                    .andExpect(jsonPath("$.errors[0].message", startsWith("分页位置无效")));
        }
    }

    private String withoutInstance(String problem) throws Exception {
        JsonNode node = json.readTree(problem);
        ((ObjectNode) node).remove("instance");
        return node.toString();
    }

    private int reveals() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'REVEAL_PERSONAL_NUMBERS' and household_id = ?",
                Integer.class,
                householdId);
    }

    private String ok(MockHttpServletRequestBuilder request, String user) throws Exception {
        ResultActions result = mvc.perform(request.with(httpBasic(user, "demo")));
        result.andExpect(status().isOk());
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
