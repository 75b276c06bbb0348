package cn.jiandang.statistics;

import cn.jiandang.region.RegionLevel;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The set-based statements of one day's snapshot: one grouped pass over the registry per table at village level,
 * then a rollup of the village rows to every ancestor by code prefix. Portable SQL (H2 and PostgreSQL); instants are
 * bound through Hibernate so that they compare with the stored ones exactly as they were written.
 *
 * <p>Stocks are those at the end of the day as the registry knows them when computed, so a past day can be computed
 * again: a household's category then is the {@code from_category} of its first change after the day, else its
 * current one; its persons are its memberships covering the day's month (as R6 counts them); risk eliminated is the
 * flag unless the elimination was decided after the day. A household counts in its current village.
 */
@Component
class SnapshotSql {

    /** Levels above the village, each with the digits of its code, rolled up from the village rows. */
    static final List<RegionLevel> ROLLUP =
            List.of(RegionLevel.TOWNSHIP, RegionLevel.COUNTY, RegionLevel.CITY, RegionLevel.PROVINCE);

    private static final String MONITORING_OBJECTS = "('MONITORED', 'MARGINAL')";

    private final EntityManager em;

    SnapshotSql(EntityManager em) {
        this.em = em;
    }

    void delete(LocalDate day) {
        DailyRun previous = em.find(DailyRun.class, day);
        if (previous != null) {
            em.remove(previous);
            em.flush();
        }
        for (String table : List.of("stat_daily_category", "stat_daily_change", "stat_daily_scale")) {
            em.createNativeQuery("delete from " + table + " where snapshot_day = :day")
                    .setParameter("day", day)
                    .executeUpdate();
        }
    }

    /** Village rows of stat_daily_category: one pass over households with their persons, help and risk. */
    int villageCategories(LocalDate day, Instant dayStart, Instant dayEnd) {
        return em.createNativeQuery("""
                insert into stat_daily_category (snapshot_day, region_level, region_code, category, households, persons,
                    helped, newly_helped, risk_eliminated, newly_risk_eliminated)
                select :day, 'VILLAGE', b.village_code, b.category, count(*), sum(b.persons), sum(b.helped),
                       sum(b.newly_helped),
                       sum(case when b.category in %1$s then b.risk_eliminated else 0 end),
                       sum(case when b.category in %1$s then b.newly_risk_eliminated else 0 end)
                from (
                    select h.village_code,
                           case when nx.household_id is null then h.category else nx.from_category end as category,
                           coalesce(p.persons, 0) as persons,
                           case when a.household_id is null then 0 else 1 end as helped,
                           coalesce(a.newly, 0) as newly_helped,
                           case when r.before_end = 1 or (h.risk_eliminated = true and r.household_id is null)
                                then 1 else 0 end as risk_eliminated,
                           coalesce(r.on_day, 0) as newly_risk_eliminated
                    from household h
                    left join (
                        select c.household_id, c.from_category
                        from category_change c
                        join (select household_id, min(id) as first_id from category_change
                              where changed_at >= :dayEnd group by household_id) f on f.first_id = c.id
                    ) nx on nx.household_id = h.id
                    left join (
                        select household_id, count(*) as persons from household_membership
                        where (joined_month is null or joined_month <= :month)
                          and (left_month is null or left_month > :month)
                        group by household_id
                    ) p on p.household_id = h.id
                    left join (
                        select pl.household_id, max(case when m.recorded_at >= :dayStart then 1 else 0 end) as newly
                        from assistance_measure m join assistance_plan pl on pl.id = m.plan_id
                        where m.recorded_at < :dayEnd
                        group by pl.household_id
                    ) a on a.household_id = h.id
                    left join (
                        select household_id,
                               max(case when decided_at < :dayEnd then 1 else 0 end) as before_end,
                               max(case when decided_at >= :dayStart and decided_at < :dayEnd then 1 else 0 end)
                                   as on_day
                        from risk_elimination_case where status = 'ELIMINATED'
                        group by household_id
                    ) r on r.household_id = h.id
                    where h.created_at < :dayEnd
                ) b
                where b.category is not null
                group by b.village_code, b.category
                """.formatted(MONITORING_OBJECTS))
                .setParameter("day", day)
                .setParameter("dayStart", dayStart)
                .setParameter("dayEnd", dayEnd)
                .setParameter("month", day.withDayOfMonth(1))
                .executeUpdate();
    }

    /** Village rows of stat_daily_change: every change of the day enters its target and leaves its origin. */
    int villageChanges(LocalDate day, Instant dayStart, Instant dayEnd) {
        return em.createNativeQuery("""
                insert into stat_daily_change (snapshot_day, region_level, region_code, category, procedure,
                    entered, left_count)
                select :day, 'VILLAGE', h.village_code, x.category, x.procedure, sum(x.entered), sum(x.left_count)
                from (
                    select household_id, to_category as category, procedure, 1 as entered, 0 as left_count
                    from category_change where changed_at >= :dayStart and changed_at < :dayEnd
                    union all
                    select household_id, from_category, procedure, 0, 1
                    from category_change
                    where changed_at >= :dayStart and changed_at < :dayEnd and from_category is not null
                ) x
                join household h on h.id = x.household_id
                group by h.village_code, x.category, x.procedure
                """)
                .setParameter("day", day)
                .setParameter("dayStart", dayStart)
                .setParameter("dayEnd", dayEnd)
                .executeUpdate();
    }

    /** Every ancestor level from the village rows of the day; the nation last. */
    void rollUp(LocalDate day) {
        for (RegionLevel level : ROLLUP) {
            String code =
                    "substr(region_code, 1, %d) || '%s'".formatted(level.digits(), "0".repeat(12 - level.digits()));
            rollUp(day, level, code, ", " + code);
        }
        rollUp(day, RegionLevel.NATIONAL, "'000000000000'", "");
    }

    // the level's code expression is built from the enum, never from input: PostgreSQL needs it literally equal in
    // select and group by, which bound parameters are not; the nation's constant code is grouped by nothing
    private void rollUp(LocalDate day, RegionLevel level, String code, String groupByCode) {
        em.createNativeQuery("""
                insert into stat_daily_category (snapshot_day, region_level, region_code, category, households, persons,
                    helped, newly_helped, risk_eliminated, newly_risk_eliminated)
                select snapshot_day, '%1$s', %2$s, category, sum(households), sum(persons), sum(helped),
                       sum(newly_helped), sum(risk_eliminated), sum(newly_risk_eliminated)
                from stat_daily_category where snapshot_day = :day and region_level = 'VILLAGE'
                group by snapshot_day%3$s, category
                """.formatted(level.name(), code, groupByCode))
                .setParameter("day", day)
                .executeUpdate();
        em.createNativeQuery("""
                insert into stat_daily_change (snapshot_day, region_level, region_code, category, procedure,
                    entered, left_count)
                select snapshot_day, '%1$s', %2$s, category, procedure, sum(entered), sum(left_count)
                from stat_daily_change where snapshot_day = :day and region_level = 'VILLAGE'
                group by snapshot_day%3$s, category, procedure
                """.formatted(level.name(), code, groupByCode))
                .setParameter("day", day)
                .executeUpdate();
    }

    /** Per county of the day: registered poor persons, monitored and marginal persons, deep poverty. */
    @SuppressWarnings("unchecked")
    List<Object[]> countyPopulations(LocalDate day) {
        return em.createNativeQuery("""
                select c.region_code,
                       sum(case when c.category in ('POOR', 'NEWLY_POOR', 'RETURNED') then c.persons else 0 end),
                       sum(case when c.category in %s then c.persons else 0 end),
                       max(case when r.deep_poverty = true then 1 else 0 end)
                from stat_daily_category c left join region r on r.code = c.region_code
                where c.snapshot_day = :day and c.region_level = 'COUNTY'
                group by c.region_code
                order by c.region_code
                """.formatted(MONITORING_OBJECTS))
                .setParameter("day", day)
                .getResultList();
    }

    void insertScale(LocalDate day, String county, int poor, int monitored, boolean deep, int limit, String status) {
        em.createNativeQuery("""
                insert into stat_daily_scale (snapshot_day, county_code, registered_poor_persons, monitored_persons,
                    deep_poverty, limit_percent, status)
                values (:day, :county, :poor, :monitored, :deep, :limit, :status)
                """)
                .setParameter("day", day)
                .setParameter("county", county)
                .setParameter("poor", poor)
                .setParameter("monitored", monitored)
                .setParameter("deep", deep)
                .setParameter("limit", limit)
                .setParameter("status", status)
                .executeUpdate();
    }

    long nationalHouseholds(LocalDate day) {
        Number n = (Number) em.createNativeQuery("""
                select coalesce(sum(households), 0) from stat_daily_category
                where snapshot_day = :day and region_level = 'NATIONAL'""").setParameter("day", day).getSingleResult();
        return n.longValue();
    }

    void insertRun(LocalDate day, Instant at, String by, String trigger, long households, long millis) {
        em.persist(new DailyRun(day, at, by, trigger, (int) households, millis));
        em.flush();
    }

    /** Blocks until no other node computes: the lock row is held until this transaction ends. */
    void lock() {
        em.createNativeQuery("select name from stat_job_lock where name = 'daily-snapshot' for update")
                .getResultList();
    }
}
