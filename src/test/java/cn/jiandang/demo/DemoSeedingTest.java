package cn.jiandang.demo;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo seeding is all or nothing: a first start interrupted in the middle (here: after the first village's households
 * were written) leaves no region and no household behind, so that the next start, finding the region table empty,
 * seeds the whole province again instead of keeping a partial one forever. Seeded here: a small made-up county under
 * 石家庄市 through the same code path as the demo province; the complete run is rolled back at the end so that the
 * shared test data stays as it was.
 */
@JiandangSpringTest
class DemoSeedingTest {

    static final String COUNTY = "130199000000";
    static final DemoProvince.Layout SMALL = new DemoProvince.Layout(
            List.of(
                    new DemoProvince.Place(COUNTY, "种子测试县", false),
                    new DemoProvince.Place("130199100000", "种子测试镇", false),
                    new DemoProvince.Place("130199100201", "种子一村", false),
                    new DemoProvince.Place("130199100202", "种子二村", false)),
            7,
            List.of("130199100202"),
            false);

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    RegionService regions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anInterruptedSeedLeavesNothingAndAFullSeedLeavesEverything() {
        assertThatThrownBy(() -> seeder.seed(SMALL, village -> {
                    if (village.value().equals("130199100201")) {
                        assertThat(households())
                                .as("written, not yet committed")
                                .isEqualTo(7);
                        throw new IllegalStateException("the JVM stops here");
                    }
                }))
                .hasMessage("the JVM stops here");
        assertThat(regions.find(RegionCode.of(COUNTY))).isEmpty();
        assertThat(regions.find(RegionCode.of("130199100201"))).isEmpty();
        assertThat(households()).isZero();

        tx.executeWithoutResult(status -> {
            assertThat(seeder.seed(SMALL, village -> {})).isEqualTo(14);
            assertThat(households()).isEqualTo(14);
            assertThat(regions.find(RegionCode.of("130199100202"))).isPresent();
            status.setRollbackOnly();
        });
        assertThat(households()).isZero();
    }

    private int households() {
        return jdbc.queryForObject(
                "select count(*) from household where village_code between '130199000000' and '130199999999'",
                Integer.class);
    }
}
