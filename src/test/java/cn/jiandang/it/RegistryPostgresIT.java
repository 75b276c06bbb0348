package cn.jiandang.it;

import cn.jiandang.household.RegistryContract;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry contract (migrations, repositories, services, rules) on PostgreSQL, plus the households API. */
@PostgresAppTest
class RegistryPostgresIT extends RegistryContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    TestRestTemplate http;

    @Test
    void runsOnPostgres() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void theHouseholdsApiPagesTheCallersRegion() throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("village1", "demo")
                .getForEntity("/api/v1/households?category=MARGINAL&size=5&total=capped", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        // read with a plain mapper: the app's strict one refuses nulls (the last page's "next"), as it should for input
        Map<String, Object> body = new ObjectMapper().readValue(answer.getBody(), Map.class);
        List<Map<String, Object>> content = (List<Map<String, Object>>) body.get("content");
        assertThat(content)
                .isNotEmpty()
                .allMatch(h -> "130125100201".equals(h.get("villageCode")) && "MARGINAL".equals(h.get("category")));
        // pages by key: the next page's cursor, and a total only when asked (capped)
        assertThat(body).containsKeys("next", "total", "totalCapped");
        assertThat(body.get("totalCapped")).isEqualTo(false);
        assertThat(http.withBasicAuth("village1", "demo")
                        .getForEntity("/api/v1/households?region=130126000000", String.class)
                        .getStatusCode())
                // another region is answered as if it were not there (issue 15: 403 would confirm it exists)
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
