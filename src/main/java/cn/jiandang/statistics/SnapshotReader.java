package cn.jiandang.statistics;

import cn.jiandang.household.Category;
import cn.jiandang.identification.ScaleStatus;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads of the snapshot tables, each one indexed query: a region over days, or a level's code range on a day. */
@Component
class SnapshotReader {

    private final JdbcTemplate jdbc;

    SnapshotReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Regions of one level within [lower, upper] on the day, each with its categories and the day's changes. */
    Map<RegionCode, Map<Category, CategoryFigures>> figures(
            LocalDate day, RegionLevel level, String lower, String upper) {
        Map<RegionCode, Map<Category, CategoryFigures>> result = new TreeMap<>();
        jdbc.query(
                """
                select region_code, category, households, persons, helped, newly_helped, risk_eliminated,
                       newly_risk_eliminated
                from stat_daily_category
                where snapshot_day = ? and region_level = ? and region_code between ? and ?""",
                rs -> {
                    Category c = Category.valueOf(rs.getString(2));
                    result.computeIfAbsent(RegionCode.of(rs.getString(1)), k -> new EnumMap<>(Category.class))
                            .put(
                                    c,
                                    new CategoryFigures(
                                            c,
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8),
                                            0,
                                            0));
                },
                day,
                level.name(),
                lower,
                upper);
        jdbc.query(
                """
                select region_code, category, sum(entered), sum(left_count)
                from stat_daily_change
                where snapshot_day = ? and region_level = ? and region_code between ? and ?
                group by region_code, category""",
                rs -> {
                    Category c = Category.valueOf(rs.getString(2));
                    long entered = rs.getLong(3);
                    long left = rs.getLong(4);
                    result.computeIfAbsent(RegionCode.of(rs.getString(1)), k -> new EnumMap<>(Category.class))
                            .compute(c, (k, f) -> (f == null ? CategoryFigures.zero(c) : f).withChanges(entered, left));
                },
                day,
                level.name(),
                lower,
                upper);
        return result;
    }

    /** The region's changes per procedure on each day of the period. */
    Map<LocalDate, List<ProcedureChange>> changes(RegionCode region, LocalDate from, LocalDate to) {
        Map<LocalDate, List<ProcedureChange>> result = new TreeMap<>();
        jdbc.query(
                """
                select snapshot_day, category, procedure, entered, left_count from stat_daily_change
                where region_code = ? and snapshot_day between ? and ?
                order by snapshot_day, category, procedure""",
                rs -> {
                    result.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new ArrayList<>())
                            .add(new ProcedureChange(
                                    Category.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                },
                region.value(),
                from,
                to);
        return result;
    }

    /** The region's early warnings of the day (none counted is a row of zeros: the table is sparse). */
    WarningCounts warnings(RegionCode region, LocalDate day) {
        List<WarningCounts> rows = jdbc.query(
                """
                select raised, no_risk, identified from stat_daily_warning
                where snapshot_day = ? and region_level = ? and region_code = ?""",
                (rs, i) -> new WarningCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                day,
                region.level().name(),
                region.value());
        return rows.isEmpty() ? WarningCounts.NONE : rows.get(0);
    }

    /** Households per category of the region on each snapshot day of the period (days without one are absent). */
    List<TrendPoint> trend(RegionCode region, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<Category, Long>> days = new TreeMap<>();
        for (LocalDate day : days(from, to)) {
            days.put(day, new EnumMap<>(Category.class));
        }
        jdbc.query(
                """
                select snapshot_day, category, households from stat_daily_category
                where region_code = ? and snapshot_day between ? and ?""",
                rs -> {
                    Map<Category, Long> day = days.get(rs.getObject(1, LocalDate.class));
                    if (day != null) {
                        day.put(Category.valueOf(rs.getString(2)), rs.getLong(3));
                    }
                },
                region.value(),
                from,
                to);
        return days.entrySet().stream()
                .map(e -> new TrendPoint(e.getKey(), e.getValue()))
                .toList();
    }

    /** Days of the period that have a snapshot. */
    List<LocalDate> days(LocalDate from, LocalDate to) {
        return jdbc.queryForList(
                "select snapshot_day from stat_daily_run where snapshot_day between ? and ? order by snapshot_day",
                LocalDate.class,
                from,
                to);
    }

    /** Counties within [lower, upper] on the day. */
    List<CountyScale> scale(LocalDate day, String lower, String upper) {
        return jdbc.query(
                """
                select county_code, registered_poor_persons, monitored_persons, deep_poverty, limit_percent, status
                from stat_daily_scale where snapshot_day = ? and county_code between ? and ?
                order by county_code""",
                (rs, i) -> new CountyScale(
                        RegionCode.of(rs.getString(1)),
                        null,
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getBoolean(4),
                        rs.getInt(5),
                        ScaleStatus.valueOf(rs.getString(6))),
                day,
                lower,
                upper);
    }
}
