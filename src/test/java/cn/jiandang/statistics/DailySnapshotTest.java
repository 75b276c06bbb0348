package cn.jiandang.statistics;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.SystemActor;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JiandangSpringTest
class DailySnapshotTest {

    @Autowired
    DailySnapshotJob job;

    @Autowired
    SnapshotSql sql;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void todaysSnapshotEqualsTheRegistryCountedDirectlyAtEveryLevel() {
        long marginal = TestHouseholds.register(households, "130126101203", Category.MARGINAL);
        SystemActor.run(() -> households.changeCategory(new CategoryChangeRequest(
                marginal, Category.NEWLY_POOR, YearMonth.now(clock), Set.of(), "test", "IDENTIFICATION", null)));
        LocalDate today = job.today();

        long counted = SystemActor.call(() -> job.compute(today));

        assertThat(RegistryCounts.assertSnapshotEqualsRegistry(jdbc, today)).isGreaterThan(50);
        assertThat(counted)
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from household where category is not null", Long.class));
        // the change of the day entered NEWLY_POOR and left MARGINAL in its village, township, county ... nation
        for (RegionLevel level : RegistryCounts.LEVELS) {
            String code = level == RegionLevel.NATIONAL
                    ? "000000000000"
                    : "130126101203".substring(0, level.digits()) + "0".repeat(12 - level.digits());
            assertThat(jdbc.queryForObject("""
                            select left_count from stat_daily_change where snapshot_day = ? and region_code = ?
                            and category = 'MARGINAL' and procedure = 'IDENTIFICATION'""", Long.class, today, code))
                    .as(level.name())
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void computingADayAgainReplacesItsRowsAndASettledDayIsNotComputedTwice() {
        LocalDate today = job.today();
        SystemActor.call(() -> job.compute(today));
        long rows = rows(today);
        TestHouseholds.register(households, "130125101203", Category.MONITORED);

        SystemActor.call(() -> job.compute(today));

        assertThat(rows(today)).isBetween(rows, rows + 6);
        RegistryCounts.assertSnapshotEqualsRegistry(jdbc, today);
        assertThat(SystemActor.call(() -> job.computeIfMissing(today, DailySnapshotJob.Trigger.SCHEDULED)))
                .as("today already has one")
                .isFalse();
        // yesterday computed today was computed after its end: settled, the nightly run leaves it
        SystemActor.call(() -> job.compute(today.minusDays(1)));
        assertThat(SystemActor.call(() -> job.computeIfMissing(today.minusDays(1), DailySnapshotJob.Trigger.SCHEDULED)))
                .isFalse();
    }

    @Test
    void aDayComputedAfterLaterChangesShowsTheRegistryAsItWasAtItsEnd() {
        LocalDate today = job.today();
        SystemActor.call(() -> job.compute(today));
        Map<String, List<Long>> before = RegistryCounts.snapshot(jdbc, today, RegionLevel.COUNTY);
        Instant end = clock.instant();
        // after the "end of the day": a new household, and an exited one returns to poverty
        TestHouseholds.register(households, "130125100202", Category.MARGINAL);
        long exited = TestHouseholds.register(households, "130125100202", Category.EXITED);
        Instant laterEnd = clock.instant();
        SystemActor.run(() -> households.changeCategory(new CategoryChangeRequest(
                exited, Category.RETURNED, YearMonth.now(clock), Set.of(), "test", "IDENTIFICATION", null)));

        // a day of this month (persons are counted by month) that no other test computes
        LocalDate scratch = today.withDayOfMonth(today.getDayOfMonth() > 20 ? 10 : 25);
        tx.executeWithoutResult(s -> {
            sql.delete(scratch);
            sql.villageCategories(scratch, end.minusSeconds(86_400), end);
            sql.rollUp(scratch);
        });
        Map<String, List<Long>> asOfEnd = RegistryCounts.snapshot(jdbc, scratch, RegionLevel.COUNTY);
        tx.executeWithoutResult(s -> {
            sql.delete(scratch);
            sql.villageCategories(scratch, end, laterEnd);
            sql.rollUp(scratch);
        });
        Map<String, List<Long>> asOfLaterEnd = RegistryCounts.snapshot(jdbc, scratch, RegionLevel.COUNTY);
        tx.executeWithoutResult(s -> sql.delete(scratch));

        assertThat(asOfEnd).isEqualTo(before);
        // at the later end the exited household was still EXITED, and the marginal one already counted
        assertThat(asOfLaterEnd.get("130125/EXITED").get(0))
                .isEqualTo(before.get("130125/EXITED").get(0) + 1);
        assertThat(asOfLaterEnd.get("130125/MARGINAL").get(0))
                .isEqualTo(before.get("130125/MARGINAL").get(0) + 1);
        assertThat(asOfLaterEnd.get("130125/RETURNED")).isEqualTo(before.get("130125/RETURNED"));
    }

    @Test
    void onlyTheSystemAndTheCentreComputeACallWithoutLoginIsRefused() {
        LocalDate day = job.today().minusDays(3);
        TestLogins.logout();
        assertThatThrownBy(() -> job.compute(day)).isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> job.computeIfMissing(day, DailySnapshotJob.Trigger.STARTUP))
                .isInstanceOf(RegionAccessDeniedException.class);
        try {
            TestLogins.login("province1");
            assertThatThrownBy(() -> job.compute(day)).isInstanceOf(RegionAccessDeniedException.class);
        } finally {
            TestLogins.logout();
        }
        assertThat(runBy(day)).as("nothing computed by the refused calls").isEmpty();

        SystemActor.call(() -> job.compute(day));

        assertThat(runBy(day)).containsExactly(SystemActor.USERNAME);
    }

    private List<String> runBy(LocalDate day) {
        return jdbc.queryForList("select computed_by from stat_daily_run where snapshot_day = ?", String.class, day);
    }

    private long rows(LocalDate day) {
        return jdbc.queryForObject("select count(*) from stat_daily_category where snapshot_day = ?", Long.class, day);
    }
}
