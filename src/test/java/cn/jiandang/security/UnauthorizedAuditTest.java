package cn.jiandang.security;

import cn.jiandang.JiandangSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A 401 of the APIs is a refusal like any other: audited with what was asked and the name tried, never the password. */
@JiandangSpringTest
class UnauthorizedAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void missingAndWrongLoginsAreAudited() throws Exception {
        String anonymous = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/me").header("X-Request-Id", anonymous)).andExpect(status().isUnauthorized());
        String wrong = UUID.randomUUID().toString();
        mvc.perform(get("/engine-rest/task")
                        .header("X-Request-Id", wrong)
                        .with(httpBasic("village1", "not-the-password")))
                .andExpect(status().isUnauthorized());

        assertThat(entries(anonymous)).containsExactly("anonymous ACCESS_REFUSED GET /api/v1/me 未登录或登录信息无效（401）");
        assertThat(entries(wrong))
                .containsExactly("anonymous ACCESS_REFUSED GET /engine-rest/task 未登录或登录信息无效（401）：用户名 village1");
        assertThat(String.join("", entries(wrong))).doesNotContain("not-the-password");
    }

    private List<String> entries(String requestId) {
        return jdbc.queryForList(
                "select actor || ' ' || action || ' ' || entity_id || ' ' || detail from audit_entry where request_id = ?",
                String.class,
                requestId);
    }
}
