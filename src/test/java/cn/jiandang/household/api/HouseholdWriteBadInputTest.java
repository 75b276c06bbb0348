package cn.jiandang.household.api;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input to the registry API, each answered 400 as problem details naming the field (the body's JSON path, the
 * parameter, path variable or header), with nothing written: wrong types, bad IDs, coordinates out of range or
 * abroad, future months, negative incomes. Types are sent as strict JSON would refuse them too.
 */
@JiandangSpringTest
class HouseholdWriteBadInputTest {

    private static final String NC = "/api/v1/households/{id}/natural-changes";
    private static final String INCOME = "/api/v1/households/{id}/incomes/2020";
    private static final String HOUSEHOLD = "/api/v1/households/{id}";
    private static final String MEMBER = "/api/v1/households/{id}/members/{member}";
    private static final String BABY = HouseholdWriteApiTest.newborn(LocalDate.of(2020, 10, 5));
    private static final String INCOME_OK =
            "\"wages\":1,\"production\":0,\"property\":0,\"transfer\":0,\"productionCosts\":0";
    private static final String BEFORE_OK = "\"before\":{\"longitude\":114.2,\"latitude\":38.4}";
    private static final String AFTER_OK = "\"after\":{\"longitude\":114.3,\"latitude\":38.3}";

    private static Long household;
    private static Long head;

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void household() {
        if (household == null) {
            TestLogins.login("village1");
            household = TestHouseholds.register(households, "130125100201", null);
            head = households.details(household).members().stream()
                    .filter(m -> m.name().equals("测试户主"))
                    .map(HouseholdDetails.MemberView::memberId)
                    .findFirst()
                    .orElseThrow();
            TestLogins.logout();
        }
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                // natural changes: kind, month, member, memberId
                bad("unknown kind", "POST", NC, "{\"kind\":\"FLY\",\"month\":\"2020-10\",\"memberId\":1}", "kind"),
                bad("kind missing", "POST", NC, "{\"month\":\"2020-10\",\"memberId\":1}", "kind"),
                bad("kind as a list", "POST", NC, "{\"kind\":[\"DEATH\"],\"month\":\"2020-10\"}", "kind"),
                bad("month 13", "POST", NC, death("\"2020-13\""), "month"),
                bad("month with a slash", "POST", NC, death("\"2020/10\""), "month"),
                bad("month as a number", "POST", NC, death("202010"), "month"),
                bad("month in the future", "POST", NC, death("\"2099-01\""), "month"),
                bad("month missing", "POST", NC, "{\"kind\":\"DEATH\",\"memberId\":{head}}", "month"),
                bad("birth before the birth date", "POST", NC, birth("2019-01", BABY, "\"CHILD\"", "测试"), "month"),
                bad("birth without the member", "POST", NC, "{\"kind\":\"BIRTH\",\"month\":\"2020-10\"}", "member"),
                bad(
                        "birth with a member id too",
                        "POST",
                        NC,
                        "{\"kind\":\"BIRTH\",\"month\":\"2020-10\",\"memberId\":{head},\"member\":{\"name\":\"某\","
                                + "\"idNumber\":\"" + BABY + "\",\"relation\":\"CHILD\"}}",
                        "memberId"),
                bad(
                        "death without the member id",
                        "POST",
                        NC,
                        "{\"kind\":\"DEATH\",\"month\":\"2020-10\"}",
                        "memberId"),
                bad(
                        "member id as text",
                        "POST",
                        NC,
                        "{\"kind\":\"DEATH\",\"month\":\"2020-10\",\"memberId\":\"abc\"}",
                        "memberId"),
                bad(
                        "member id of nobody here",
                        "POST",
                        NC,
                        "{\"kind\":\"DEATH\",\"month\":\"2020-10\",\"memberId\":999999999}",
                        "memberId"),
                bad(
                        "ID number with a wrong check digit",
                        "POST",
                        NC,
                        birth("2020-10", BABY.substring(0, 17) + (BABY.endsWith("1") ? "2" : "1"), "\"CHILD\"", "某"),
                        "member.idNumber"),
                bad(
                        "ID number too short",
                        "POST",
                        NC,
                        birth("2020-10", "13012520201005", "\"CHILD\"", "某"),
                        "member.idNumber"),
                bad("name missing", "POST", NC, birth("2020-10", BABY, "\"CHILD\"", ""), "member.name"),
                bad("name too long", "POST", NC, birth("2020-10", BABY, "\"CHILD\"", "长".repeat(51)), "member.name"),
                bad("a second head", "POST", NC, birth("2020-10", BABY, "\"HEAD\"", "某"), "member.relation"),
                bad("unknown relation", "POST", NC, birth("2020-10", BABY, "\"BOSS\"", "某"), "member.relation"),
                bad(
                        "unknown education",
                        "POST",
                        NC,
                        "{\"kind\":\"BIRTH\",\"month\":\"2020-10\",\"member\":{\"name\":\"某\",\"idNumber\":\"" + BABY
                                + "\",\"relation\":\"CHILD\",\"education\":\"PHD\"}}",
                        "member.education"),
                bad(
                        "migrant work as a word",
                        "POST",
                        NC,
                        "{\"kind\":\"BIRTH\",\"month\":\"2020-10\",\"member\":{\"name\":\"某\",\"idNumber\":\"" + BABY
                                + "\",\"relation\":\"CHILD\",\"migrantWork\":\"yes\"}}",
                        "member.migrantWork"),
                bad("not JSON", "POST", NC, "{\"kind\":", "body"),
                bad("household id as text", "POST", NC.replace("{id}", "abc"), death("\"2020-10\""), "id"),
                // incomes
                bad("negative wages", "PUT", INCOME, income("\"wages\":-1"), "wages"),
                bad("wages as text", "PUT", INCOME, income("\"wages\":\"abc\""), "wages"),
                bad("three decimals", "PUT", INCOME, income("\"production\":1.005"), "production"),
                bad(
                        "transfer missing",
                        "PUT",
                        INCOME,
                        "{\"wages\":1,\"production\":0,\"property\":0,\"productionCosts\":0}",
                        "transfer"),
                bad(
                        "more than a numeric(14,2)",
                        "PUT",
                        INCOME,
                        income("\"productionCosts\":1000000000000"),
                        "productionCosts"),
                bad("a future year", "PUT", INCOME.replace("2020", "2099"), "{" + INCOME_OK + "}", "year"),
                bad("a year before the archive", "PUT", INCOME.replace("2020", "2000"), "{" + INCOME_OK + "}", "year"),
                bad("year as text", "PUT", INCOME.replace("2020", "20x0"), "{" + INCOME_OK + "}", "year"),
                // contact and relocation
                bad("a phone that is no phone", "PATCH", HOUSEHOLD, "{\"contactPhone\":\"12345\"}", "contactPhone"),
                bad("works away as a word", "PATCH", HOUSEHOLD, "{\"worksAway\":\"sometimes\"}", "worksAway"),
                bad("nothing to change", "PATCH", HOUSEHOLD, "{}", "body"),
                bad(
                        "longitude beyond 180",
                        "PATCH",
                        HOUSEHOLD,
                        relocation("\"before\":{\"longitude\":200,\"latitude\":38.4}," + AFTER_OK),
                        "relocation.before.longitude"),
                bad(
                        "latitude north of China",
                        "PATCH",
                        HOUSEHOLD,
                        relocation(BEFORE_OK + ",\"after\":{\"longitude\":114.3,\"latitude\":60}"),
                        "relocation.after.latitude"),
                bad(
                        "longitude and latitude swapped",
                        "PATCH",
                        HOUSEHOLD,
                        relocation("\"before\":{\"longitude\":38.4,\"latitude\":114.2}," + AFTER_OK),
                        "relocation.before.latitude"),
                bad(
                        "a position in Paris",
                        "PATCH",
                        HOUSEHOLD,
                        relocation("\"before\":{\"longitude\":2.35,\"latitude\":48.85}," + AFTER_OK),
                        "relocation.before.longitude"),
                bad(
                        "seven decimals",
                        "PATCH",
                        HOUSEHOLD,
                        relocation("\"before\":{\"longitude\":114.1234567,\"latitude\":38.4}," + AFTER_OK),
                        "relocation.before.longitude"),
                bad("position before missing", "PATCH", HOUSEHOLD, relocation(AFTER_OK), "relocation.before"),
                bad("relocated without positions", "PATCH", HOUSEHOLD, "{\"relocated\":true}", "relocation"),
                bad(
                        "coordinate as text",
                        "PATCH",
                        HOUSEHOLD,
                        relocation("\"before\":{\"longitude\":\"east\",\"latitude\":38.4}," + AFTER_OK),
                        "relocation.before.longitude"),
                // a member's base data
                bad("migrant without a phone", "PUT", MEMBER, "{\"migrantWork\":true}", "contactPhone"),
                bad(
                        "a migrant's phone that is no phone",
                        "PUT",
                        MEMBER,
                        "{\"migrantWork\":true,\"contactPhone\":\"1\"}",
                        "contactPhone"),
                bad("ethnicity too long", "PUT", MEMBER, "{\"ethnicity\":\"" + "族".repeat(21) + "\"}", "ethnicity"),
                bad("unknown health", "PUT", MEMBER, "{\"health\":\"SICK\"}", "health"),
                bad("member id as text", "PUT", MEMBER.replace("{member}", "x"), "{}", "memberId"),
                bad("member id of nobody here", "PUT", MEMBER.replace("{member}", "999999999"), "{}", "memberId"),
                // headers
                bad("If-Match that is no version", "PATCH:If-Match=abc", HOUSEHOLD, "{\"worksAway\":true}", "If-Match"),
                bad(
                        "Idempotency-Key with blanks",
                        "PATCH:Idempotency-Key=a b",
                        HOUSEHOLD,
                        "{\"worksAway\":true}",
                        "Idempotency-Key"),
                // finding
                bad("an ID number of 17 digits", "GET", "/api/v1/households?q=13012519700101001", null, "q"),
                bad("a region of 5 digits", "GET", "/api/v1/households?region=13012", null, "region"),
                bad("a cursor from nowhere", "GET", "/api/v1/households?after=garbage", null, "after"),
                bad("an unknown total", "GET", "/api/v1/households?total=all", null, "total"),
                bad("an unknown factor", "GET", "/api/v1/households?factor=RICH", null, "factor"),
                bad("relocated as a word", "GET", "/api/v1/households?relocated=perhaps", null, "relocated"),
                bad("a page of none", "GET", "/api/v1/households?size=0", null, "size"),
                bad("an invalid ID number", "GET", "/api/v1/members?idNumber=13012519700101001A", null, "idNumber"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten(
            String name, String method, String url, String body, String field) throws Exception {
        String before = state();
        String[] parts = method.split(":", 2);
        MockHttpServletRequestBuilder call = request(
                        HttpMethod.valueOf(parts[0]),
                        url.replace("{id}", String.valueOf(household)).replace("{member}", String.valueOf(head)))
                .with(httpBasic("village1", "demo"));
        if (!parts[0].equals("GET")) {
            call.contentType(MediaType.APPLICATION_JSON).content(body.replace("{head}", String.valueOf(head)));
        }
        if ((parts[0].equals("PUT") || parts[0].equals("PATCH")) && !method.contains("If-Match")) {
            call.header("If-Match", "*");
        }
        if (parts.length > 1) {
            String[] header = parts[1].split("=", 2);
            call.header(header[0], header[1]);
        }
        mvc.perform(call)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(state()).as("nothing written").isEqualTo(before);
    }

    /** Everything a write could have touched: versions, natural changes, incomes, members, contact, relocation. */
    private String state() {
        return jdbc.queryForList("""
                        select (select count(*) from household_version v where v.household_id = h.id),
                               (select count(*) from natural_change c where c.household_id = h.id),
                               (select count(*) from household_income i where i.household_id = h.id),
                               (select count(*) from member m where m.household_id = h.id),
                               (select count(*) from member m where m.contact_phone is not null or m.ethnicity is not null),
                               h.contact_phone, h.works_away, h.relocated
                        from household h where h.id = ?""", household).toString();
    }

    private static Arguments bad(String name, String method, String url, String body, String field) {
        return Arguments.of(name, method, url, body, field);
    }

    private static String death(String month) {
        return "{\"kind\":\"DEATH\",\"month\":" + month + ",\"memberId\":{head}}";
    }

    private static String birth(String month, String idNumber, String relation, String name) {
        return "{\"kind\":\"BIRTH\",\"month\":\"" + month + "\",\"member\":{\"name\":\"" + name + "\",\"idNumber\":\""
                + idNumber + "\",\"relation\":" + relation + "}}";
    }

    private static String income(String override) {
        String key = override.substring(0, override.indexOf(':'));
        return "{" + INCOME_OK.replaceAll(key + ":[^,]*", override) + "}";
    }

    private static String relocation(String positions) {
        return "{\"relocated\":true,\"relocation\":{" + positions + "}}";
    }
}
