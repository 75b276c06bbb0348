package cn.jiandang.household.api;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.security.TestLogins;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry's write endpoints as the mobile app calls them: a birth recorded, 2020 incomes entered, the household
 * found by ID number; retries with an Idempotency-Key; optimistic locking with If-Match (412 naming who changed it).
 */
@JiandangSpringTest
class HouseholdWriteApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void recordABirthEnter2020IncomesAndFindTheHouseholdByIdNumber() throws Exception {
        long id = household();
        String baby = newborn(LocalDate.of(2020, 10, 5));
        MvcResult born = mvc.perform(post("/api/v1/households/{id}/natural-changes", id)
                        .with(httpBasic("village1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"BIRTH","month":"2020-10",
                                 "member":{"name":"测试宝宝","idNumber":"%s","relation":"CHILD"}}""".formatted(baby)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/households/" + id + "/natural-changes/")))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.kind", is("BIRTH")))
                .andExpect(jsonPath("$.month", is("2020-10")))
                .andReturn();
        mvc.perform(get(born.getResponse().getHeader("Location")).with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberName", is("测试宝宝")))
                .andExpect(jsonPath("$.idNumberMasked", not(is(baby))));

        String etag = etag(id);
        assertThat(etag).isEqualTo(born.getResponse().getHeader("ETag"));
        mvc.perform(put("/api/v1/households/{id}/incomes/2020", id)
                        .with(httpBasic("village1", "demo"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"wages":6000,"production":2000.50,"property":0,"transfer":1500,"productionCosts":500.50}"""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", not(is(etag))))
                .andExpect(jsonPath("$.net", is(9000.0)))
                // R6: size at 30 September 2020: the head and spouse (the baby came in October)
                .andExpect(jsonPath("$.householdSizeAt30September", is(2)))
                .andExpect(jsonPath("$.perCapita", is(4500.0)));

        mvc.perform(get("/api/v1/households").param("q", baby).with(httpBasic("county1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id", is((int) id)))
                .andExpect(jsonPath("$.content.length()", is(1)));
        mvc.perform(get("/api/v1/members").param("idNumber", baby).with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.householdId", is((int) id)))
                .andExpect(jsonPath("$.relation", is("CHILD")))
                .andExpect(jsonPath("$.idNumberMasked", is(baby.substring(0, 4) + "**********" + baby.substring(14))));

        String versions = mvc.perform(
                        get("/api/v1/households/{id}/versions", id).with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].procedureLabel", is("收入录入")))
                .andExpect(jsonPath("$[-1].changes[*].label", hasItem("2020年 工资性收入")))
                .andExpect(jsonPath("$[-2].procedureLabel", is("自然变更")))
                .andExpect(jsonPath("$[-2].changes[0].label", is("家庭成员")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(versions)
                .doesNotContain(baby)
                .doesNotContainPattern("\\d{17}[0-9X]")
                .doesNotContain("13800000000");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndWritesOnce() throws Exception {
        long id = household();
        String body = """
                {"kind":"BIRTH","month":"2020-11","member":{"name":"重试宝宝","idNumber":"%s","relation":"CHILD"}}""".formatted(newborn(LocalDate.of(2020, 11, 2)));
        String key = "retry-" + id;
        String first = mvc.perform(post("/api/v1/households/{id}/natural-changes", id)
                        .with(httpBasic("village1", "demo"))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int changes = changes(id);
        mvc.perform(post("/api/v1/households/{id}/natural-changes", id)
                        .with(httpBasic("village1", "demo"))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id", is(JsonPath.<Integer>read(first, "$.id"))));
        assertThat(changes(id)).isEqualTo(changes);

        mvc.perform(post("/api/v1/households/{id}/natural-changes", id)
                        .with(httpBasic("village1", "demo"))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("2020-11", "2020-12")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field", is("Idempotency-Key")));
        assertThat(changes(id)).isEqualTo(changes);
    }

    @Test
    void aStaleIfMatchIs412NamingWhoChangedItAndAnOverwriteWithoutOneIs428() throws Exception {
        long id = household();
        String seen = etag(id);
        mvc.perform(patch("/api/v1/households/{id}", id)
                        .with(httpBasic("township1", "demo"))
                        .header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactPhone\":\"13900000003\",\"worksAway\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version", is(Integer.parseInt(seen.replace("\"", "")) + 1)));

        mvc.perform(put("/api/v1/households/{id}/incomes/2020", id)
                        .with(httpBasic("village1", "demo"))
                        .header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wages\":1,\"production\":0,\"property\":0,\"transfer\":0,\"productionCosts\":0}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail", containsString("township1")))
                .andExpect(jsonPath("$.changedBy", containsString("township1")))
                .andExpect(jsonPath("$.currentVersion", notNullValue()));
        mvc.perform(patch("/api/v1/households/{id}", id)
                        .with(httpBasic("village1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"worksAway\":false}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field", is("If-Match")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from household_income where household_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(get("/api/v1/households/{id}", id).with(httpBasic("village1", "demo")))
                .andExpect(jsonPath("$.worksAway", is(true)));
    }

    @Test
    void writesToAnotherRegionsHouseholdAreRefusedAndNothingIsWritten() throws Exception {
        long id = household();
        String before = etag(id);
        mvc.perform(patch("/api/v1/households/{id}", id)
                        .with(httpBasic("village2", "demo"))
                        .header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"worksAway\":true}"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(post("/api/v1/households/{id}/natural-changes", id)
                        .with(httpBasic("supervisor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"BIRTH\",\"month\":\"2020-10\",\"member\":{\"name\":\"无权\",\"idNumber\":\""
                                + newborn(LocalDate.of(2020, 10, 9)) + "\",\"relation\":\"CHILD\"}}"))
                .andExpect(status().isForbidden());
        assertThat(etag(id)).isEqualTo(before);
    }

    @Test
    void theWriteEndpointsAreDocumentedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}/natural-changes'].post.summary", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}/incomes/{year}'].put.summary", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}'].patch.summary", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}/members/{memberId}'].put", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}/versions'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/members'].get", notNullValue()));
    }

    private long household() {
        TestLogins.login("village1");
        long id = TestHouseholds.register(households, "130125100201", null);
        TestLogins.logout();
        return id;
    }

    private String etag(long id) throws Exception {
        return mvc.perform(get("/api/v1/households/{id}", id).with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private int changes(long id) {
        return jdbc.queryForObject("select count(*) from natural_change where household_id = ?", Integer.class, id);
    }

    /** A valid ID number of a child born on the date (sequence 7xx: never the demo data's). */
    static String newborn(LocalDate birth) {
        String first17 =
                "130125" + birth.toString().replace("-", "") + String.format("%03d", 700 + SEQ.incrementAndGet() % 100);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
