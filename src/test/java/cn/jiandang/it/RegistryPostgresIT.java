package cn.jiandang.it;

import cn.jiandang.household.RegistryContract;
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
    void theHouseholdsApiPagesTheCallersRegion() {
        ResponseEntity<Map> page = http.withBasicAuth("village1", "demo")
                .getForEntity("/api/v1/households?category=MARGINAL&size=5&total=capped", Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> content =
                (List<Map<String, Object>>) page.getBody().get("content");
        assertThat(content)
                .isNotEmpty()
                .allMatch(h -> "130125100201".equals(h.get("villageCode")) && "MARGINAL".equals(h.get("category")));
        // pages by key: the next page's cursor, and a total only when asked (capped)
        assertThat(page.getBody()).containsKeys("next", "total", "totalCapped");
        assertThat(page.getBody().get("totalCapped")).isEqualTo(false);
        assertThat(http.withBasicAuth("village1", "demo")
                        .getForEntity("/api/v1/households?region=130126000000", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
