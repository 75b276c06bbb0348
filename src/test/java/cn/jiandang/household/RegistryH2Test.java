package cn.jiandang.household;

import cn.jiandang.JiandangSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry contract on the embedded default, H2 (its twin on PostgreSQL is RegistryPostgresIT). */
@JiandangSpringTest
class RegistryH2Test extends RegistryContract {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnH2() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }
}
