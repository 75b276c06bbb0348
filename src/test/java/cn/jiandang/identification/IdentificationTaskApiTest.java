package cn.jiandang.identification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.HouseholdService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The village's inbox over REST ({@code GET /api/v1/tasks}, paged by key) and its identification steps (home
 * verification, democratic appraisal) completed over REST, as the S3 crash and S7 soak suites drive them.
 */
@JiandangSpringTest
class IdentificationTaskApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskService taskService;

    @Test
    void anApplicationIsWorkedThroughItsVillageStepsOverRest() throws Exception {
        long household = TestHouseholds.register(households, "130125100201", null);
        String started = send("village1", "/api/v1/applications", """
                        {"channel": "VILLAGE", "kind": "MARGINAL", "householdId": %d, "causes": ["EPIDEMIC"]}
                        """.formatted(household))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String instance = JSON.readTree(started).get("processInstanceId").asText();

        JsonNode home = taskOf("village1", instance);
        assertThat(home.get("step").asText()).isEqualTo("homeVerification");
        assertThat(home.get("headIdMasked").asText()).contains("*");
        send("village1", "/api/v1/tasks/" + home.get("id").asText() + "/home-verification", """
                        {"causes": ["EPIDEMIC"], "signedCommitment": true}""")
                .andExpect(status().isNoContent());

        JsonNode appraisal = taskOf("village1", instance);
        assertThat(appraisal.get("step").asText()).isEqualTo("democraticAppraisal");
        send("village1", "/api/v1/tasks/" + appraisal.get("id").asText() + "/appraisal", """
                        {"passed": true, "minutes": "村民代表会议同意"}""")
                .andExpect(status().isNoContent());
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey("democraticAppraisal")
                        .count())
                .isZero();
    }

    @Test
    void anotherVillagesTaskIsRefusedAndMissingItemsAreNamed() throws Exception {
        long household = TestHouseholds.register(households, "130125100201", null);
        String started = send("village1", "/api/v1/applications", """
                        {"channel": "VILLAGE", "kind": "MARGINAL", "householdId": %d, "causes": ["EPIDEMIC"]}
                        """.formatted(household))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String task = taskOf(
                        "village1",
                        JSON.readTree(started).get("processInstanceId").asText())
                .get("id")
                .asText();
        send("village2", "/api/v1/tasks/" + task + "/home-verification", "{\"signedCommitment\": true}")
                .andExpect(status().isForbidden());
        send("village1", "/api/v1/tasks/" + task + "/home-verification", "{\"causes\": [\"EPIDEMIC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("signedCommitment")));
        send("village1", "/api/v1/tasks/" + task + "/appraisal", "{\"passed\": true, \"minutes\": \"同意\"}")
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/tasks").param("after", "not-a-cursor").with(httpBasic("village1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("after")));
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    /** The task of the instance in the officer's inbox, following the pages by their {@code next}. */
    private JsonNode taskOf(String user, String instance) throws Exception {
        List<JsonNode> seen = new ArrayList<>();
        String after = null;
        do {
            var request = get("/api/v1/tasks").with(httpBasic(user, "demo"));
            if (after != null) {
                request.param("after", after);
            }
            JsonNode page = JSON.readTree(mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            page.get("tasks").forEach(seen::add);
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        assertThat(seen).extracting(t -> t.get("id").asText()).doesNotHaveDuplicates();
        return seen.stream()
                .filter(t -> instance.equals(t.get("processInstanceId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task of " + instance + " in the inbox of " + user));
    }

    private ResultActions send(String user, String path, String json) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
