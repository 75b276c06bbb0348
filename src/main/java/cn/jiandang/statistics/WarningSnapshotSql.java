package cn.jiandang.statistics;

import cn.jiandang.region.RegionLevel;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The day's early-warning counts of the snapshot: one grouped pass over the warnings raised or decided that day (both
 * read by indexed time ranges) at village level, then the rollup to every ancestor by code prefix as
 * {@link SnapshotSql} does.
 */
@Component
class WarningSnapshotSql {

    private final EntityManager em;

    WarningSnapshotSql(EntityManager em) {
        this.em = em;
    }

    void compute(LocalDate day, Instant dayStart, Instant dayEnd) {
        em.createNativeQuery("delete from stat_daily_warning where snapshot_day = :day")
                .setParameter("day", day)
                .executeUpdate();
        em.createNativeQuery("""
                insert into stat_daily_warning (snapshot_day, region_level, region_code, raised, no_risk, identified)
                select :day, 'VILLAGE', x.village_code, sum(x.raised), sum(x.no_risk), sum(x.identified)
                from (
                    select village_code, 1 as raised, 0 as no_risk, 0 as identified
                    from warning where raised_at >= :dayStart and raised_at < :dayEnd
                    union all
                    select village_code, 0, case when status = 'NO_RISK' then 1 else 0 end,
                           case when status = 'IDENTIFICATION' then 1 else 0 end
                    from warning where decided_at >= :dayStart and decided_at < :dayEnd
                ) x
                group by x.village_code
                """)
                .setParameter("day", day)
                .setParameter("dayStart", dayStart)
                .setParameter("dayEnd", dayEnd)
                .executeUpdate();
        for (RegionLevel level : SnapshotSql.ROLLUP) {
            String code =
                    "substr(region_code, 1, %d) || '%s'".formatted(level.digits(), "0".repeat(12 - level.digits()));
            rollUp(day, level, code, ", " + code);
        }
        rollUp(day, RegionLevel.NATIONAL, "'000000000000'", "");
    }

    // the level's code expression is built from the enum, never from input (see SnapshotSql)
    private void rollUp(LocalDate day, RegionLevel level, String code, String groupByCode) {
        em.createNativeQuery("""
                insert into stat_daily_warning (snapshot_day, region_level, region_code, raised, no_risk, identified)
                select snapshot_day, '%1$s', %2$s, sum(raised), sum(no_risk), sum(identified)
                from stat_daily_warning where snapshot_day = :day and region_level = 'VILLAGE'
                group by snapshot_day%3$s
                """.formatted(level.name(), code, groupByCode))
                .setParameter("day", day)
                .executeUpdate();
    }
}
