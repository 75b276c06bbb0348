package cn.jiandang.statistics;

import cn.jiandang.region.RegionLevel;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry counted directly, per region of a level and category, the naive way (current members, current flags),
 * against a day's snapshot: what the snapshot's set-based rollup must equal for the day it is computed on.
 */
public final class RegistryCounts {

    public static final List<RegionLevel> LEVELS = List.of(
            RegionLevel.VILLAGE,
            RegionLevel.TOWNSHIP,
            RegionLevel.COUNTY,
            RegionLevel.CITY,
            RegionLevel.PROVINCE,
            RegionLevel.NATIONAL);

    private RegistryCounts() {}

    /** "prefix/category" → households, persons, helped, risk eliminated; from the registry as it is now. */
    public static Map<String, List<Long>> direct(JdbcTemplate jdbc, RegionLevel level) {
        Map<String, List<Long>> result = new TreeMap<>();
        jdbc.query("""
                select substr(h.village_code, 1, %1$d), h.category, count(*),
                       sum((select count(*) from member m where m.household_id = h.id and m.departed = false)),
                       sum(case when exists (select 1 from assistance_measure am
                                             join assistance_plan ap on ap.id = am.plan_id
                                             where ap.household_id = h.id and am.recorded_at is not null)
                                then 1 else 0 end),
                       sum(case when h.risk_eliminated = true and h.category in ('MONITORED', 'MARGINAL')
                                then 1 else 0 end)
                from household h where h.category is not null
                group by substr(h.village_code, 1, %1$d), h.category""".formatted(level.digits()), rs -> {
            result.put(
                    rs.getString(1) + "/" + rs.getString(2),
                    List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        });
        return result;
    }

    /** The same figures from the snapshot of the day. */
    public static Map<String, List<Long>> snapshot(JdbcTemplate jdbc, LocalDate day, RegionLevel level) {
        Map<String, List<Long>> result = new TreeMap<>();
        jdbc.query(
                """
                select region_code, category, households, persons, helped, risk_eliminated from stat_daily_category
                where snapshot_day = ? and region_level = ?""",
                rs -> {
                    result.put(
                            rs.getString(1).substring(0, level.digits()) + "/" + rs.getString(2),
                            List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                },
                day,
                level.name());
        return result;
    }

    /** Asserts the day's snapshot equals the direct count at every level; returns the regions compared. */
    public static int assertSnapshotEqualsRegistry(JdbcTemplate jdbc, LocalDate day) {
        int compared = 0;
        for (RegionLevel level : LEVELS) {
            Map<String, List<Long>> direct = direct(jdbc, level);
            assertThat(snapshot(jdbc, day, level)).as("level %s", level).isEqualTo(direct);
            compared += direct.size();
        }
        return compared;
    }
}
