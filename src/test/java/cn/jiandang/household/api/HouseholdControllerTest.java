package cn.jiandang.household.api;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/households} as the mobile app, the 12317 hotline and the online hall call it (HTTP Basic locally). */
@JiandangSpringTest
class HouseholdControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theListIsThePagedHouseholdsOfTheCallersRegion() throws Exception {
        String next = JsonPath.read(
                mvc.perform(get("/api/v1/households")
                                .param("size", "10")
                                .param("total", "capped")
                                .with(httpBasic("county1", "demo")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.content", hasSize(10)))
                        .andExpect(jsonPath("$.content[*].villageCode", everyItem(startsWith("130125"))))
                        .andExpect(jsonPath("$.content[0].id", notNullValue()))
                        .andExpect(jsonPath("$.next", notNullValue()))
                        .andExpect(jsonPath("$.total", greaterThan(100)))
                        .andExpect(jsonPath("$.totalCapped", is(false)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.next");
        // the next page starts after the last row of the first: keyset, no offset
        mvc.perform(get("/api/v1/households")
                        .param("size", "10")
                        .param("after", next)
                        .with(httpBasic("county1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(10)))
                .andExpect(jsonPath("$.total").doesNotExist());
    }

    @Test
    void regionAndCategoryNarrowTheList() throws Exception {
        mvc.perform(get("/api/v1/households")
                        .param("region", "130125100201")
                        .param("category", "MARGINAL")
                        .param("total", "exact")
                        .with(httpBasic("county1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].villageCode", everyItem(is("130125100201"))))
                .andExpect(jsonPath("$.content[*].category", everyItem(is("MARGINAL"))))
                .andExpect(jsonPath("$.total", greaterThan(0)))
                .andExpect(jsonPath("$.totalCapped", is(false)));
    }

    @Test
    void aRegionOutsideTheCallersIsAnsweredLikeNothingThereAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/households").param("region", "130126000000").with(httpBasic("county1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", startsWith("未找到该记录，或它不在您的辖区内")));
    }

    @Test
    void invalidParametersAnswer400WithOneEntryPerField() throws Exception {
        mvc.perform(get("/api/v1/households").param("region", "13012").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("region")))
                .andExpect(jsonPath("$.errors[0].message", startsWith("行政区划代码")));
        mvc.perform(get("/api/v1/households").param("category", "RICH").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("category")));
        mvc.perform(get("/api/v1/households").param("size", "0").with(httpBasic("county1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("size")));
    }

    @Test
    void oneHouseholdHasMembersCategoryHistoryAndFactors() throws Exception {
        long id = householdOf("130125100201", Category.MARGINAL);
        mvc.perform(get("/api/v1/households/{id}", id).with(httpBasic("village1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is((int) id)))
                .andExpect(jsonPath("$.villageCode", is("130125100201")))
                .andExpect(jsonPath("$.category", is("MARGINAL")))
                .andExpect(jsonPath("$.members[0].name", notNullValue()))
                .andExpect(jsonPath("$.members[0].idNumberMasked", notNullValue()))
                .andExpect(jsonPath("$.members[0].birthDate", notNullValue()))
                .andExpect(jsonPath("$.members[0].sex", notNullValue()))
                .andExpect(jsonPath("$.members[0].relation", is("HEAD")))
                .andExpect(jsonPath("$.categoryHistory[*].to", hasItem("MARGINAL")))
                .andExpect(jsonPath("$.factors.RISK", notNullValue()))
                .andExpect(jsonPath("$.incomes[*].year", hasItem(2020)))
                .andExpect(jsonPath("$.incomes[0].perCapita", notNullValue()));
    }

    @Test
    void anotherRegionsHouseholdAndAnUnknownOneAreBoth404() throws Exception {
        long id = householdOf("130125100201", null);
        mvc.perform(get("/api/v1/households/{id}", id).with(httpBasic("village2", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", startsWith("未找到该记录")));
        mvc.perform(get("/api/v1/households/{id}", 987654321L).with(httpBasic("village2", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", startsWith("未找到该记录")));
        TestLogins.logout(); // MockMvc would carry the test thread's login into the request
        mvc.perform(get("/api/v1/households/{id}", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsDocumentedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/households'].get.summary", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}'].get", notNullValue()));
    }

    private long householdOf(String village, Category category) {
        TestLogins.login("centre");
        long id = households.search(RegionCode.of(village), category, PageRequest.of(0, 50)).getContent().stream()
                .filter(h -> h.category() == category)
                .findFirst()
                .orElseThrow()
                .id();
        TestLogins.logout();
        return id;
    }
}
