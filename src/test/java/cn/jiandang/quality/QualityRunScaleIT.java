package cn.jiandang.quality;

import cn.jiandang.it.PostgresAppTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Times a run of the rule set over the synthetic province 41 that {@code bench/quality-province.sql} generated in the
 * test database beforehand (not part of CI: it runs only with {@code -Dquality.scale=true}). Prints the run's time
 * and the problems per rule, and checks that each seeded defect was found.
 */
@PostgresAppTest
class QualityRunScaleIT {

    @Autowired
    QualityService quality;

    @Autowired
    QualityWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aRunOverTheGeneratedProvinceFindsItsSeededDefects() {
        assumeTrue(Boolean.getBoolean("quality.scale"), "run with -Dquality.scale=true on a generated province");
        long households = jdbc.queryForObject(
                "select count(*) from household where village_code between '410000000000' and '419999999999'",
                Long.class);
        TestLogins.login("centre");
        long id = quality.request(RegionCode.of("410000000000")).id();
        TestLogins.logout();
        long started = System.nanoTime();
        worker.runQueued();
        long millis = (System.nanoTime() - started) / 1_000_000;
        TestLogins.login("centre");
        RunView run = quality.run(id);
        System.out.printf(
                "[quality scale] %d households, run %d: %s, %d found, %d new, %d closed, %d ms (worker %d ms)%n",
                households, id, run.status(), run.found(), run.opened(), run.closed(), run.millis(), millis);
        jdbc.queryForList(
                        "select rule_code, sum(open_count) n from quality_rule_count where run_id = ? group by rule_code"
                                + " order by rule_code",
                        id)
                .forEach(r -> System.out.println("[quality scale]   " + r.get("rule_code") + " " + r.get("n")));
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        for (String rule : new String[] {"Q06", "Q07", "Q08", "Q09", "Q11", "Q12"}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from quality_rule_count where run_id = ? and rule_code = ? and open_count > 0",
                            Integer.class,
                            id,
                            rule))
                    .as(rule)
                    .isPositive();
        }
    }
}
