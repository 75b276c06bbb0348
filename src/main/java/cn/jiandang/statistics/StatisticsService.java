package cn.jiandang.statistics;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily statistics (R13) as the dashboard, the monitoring-scale table, the export and the API read them: only
 * from the snapshots, never from the registry, and only within the caller's region. Statistics are always open
 * (R12): no function gate.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    /** The four categories counted daily (R13). */
    public static final List<Category> FOUR =
            List.of(Category.RETURNED, Category.NEWLY_POOR, Category.MONITORED, Category.MARGINAL);

    /** Longest period one trend or API call may ask for. */
    public static final int MAX_DAYS = 366;

    private final SnapshotReader reader;
    private final DailySnapshotJob job;
    private final RegionService regions;
    private final RegionAccess access;
    private final EntityManager em;

    StatisticsService(
            SnapshotReader reader, DailySnapshotJob job, RegionService regions, RegionAccess access, EntityManager em) {
        this.reader = reader;
        this.job = job;
        this.regions = regions;
        this.access = access;
        this.em = em;
    }

    /** Today in the statistics' time zone (Asia/Shanghai unless configured). */
    public LocalDate today() {
        return job.today();
    }

    public ZoneId zone() {
        return job.zone();
    }

    /** The latest day with a snapshot, today included. */
    public Optional<LocalDate> latestDay() {
        List<LocalDate> days = reader.days(LocalDate.of(2000, 1, 1), job.today());
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
    }

    public Optional<SnapshotRun> run(LocalDate day) {
        return Optional.ofNullable(em.find(DailyRun.class, day)).map(DailyRun::view);
    }

    /** The region's figures on the day (zeros when the day has no snapshot: check {@link #run} first). */
    public RegionFigures region(RegionCode code, LocalDate day) {
        access.checkRead(code);
        Map<Category, CategoryFigures> figures =
                reader.figures(day, code.level(), code.value(), code.value()).getOrDefault(code, Map.of());
        return new RegionFigures(code, regions.name(code), figures);
    }

    /** The regions one level down (province: its counties) that have households of any category on the day. */
    public List<RegionFigures> subRegions(RegionCode code, LocalDate day) {
        access.checkRead(code);
        RegionLevel child = childLevel(code.level());
        if (child == null) {
            return List.of();
        }
        var figures = reader.figures(day, child, code.lowerBound(), code.upperBound());
        Map<RegionCode, String> names = regions.names(figures.keySet());
        return figures.entrySet().stream()
                .map(e -> new RegionFigures(
                        e.getKey(), names.getOrDefault(e.getKey(), e.getKey().value()), e.getValue()))
                .toList();
    }

    /** The region's category changes of the day, per procedure. */
    public List<ProcedureChange> changes(RegionCode code, LocalDate day) {
        access.checkRead(code);
        return reader.changes(code, day, day).getOrDefault(day, List.of());
    }

    /** The region's early warnings of the day: raised, verified as no risk, turned into an identification. */
    public WarningCounts warnings(RegionCode code, LocalDate day) {
        access.checkRead(code);
        return reader.warnings(code, day);
    }

    /** Households per category on every snapshot day of the period. */
    public List<TrendPoint> trend(RegionCode code, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        access.checkRead(code);
        return reader.trend(code, from, to);
    }

    /** R2: the counties of the region on the day, those over their limit first, then by code. */
    public List<CountyScale> scale(RegionCode code, LocalDate day) {
        access.checkRead(code);
        List<CountyScale> counties = reader.scale(day, code.lowerBound(), code.upperBound());
        Map<RegionCode, String> names =
                regions.names(counties.stream().map(CountyScale::county).toList());
        return counties.stream()
                .map(c -> new CountyScale(
                        c.county(),
                        names.getOrDefault(c.county(), c.county().value()),
                        c.registeredPoor(),
                        c.monitored(),
                        c.deepPoverty(),
                        c.limitPercent(),
                        c.status()))
                .sorted(Comparator.comparing((CountyScale c) -> !c.over())
                        .thenComparing(c -> c.county().value()))
                .toList();
    }

    /** The figures of each snapshot day of the period for the API, with the changes per procedure. */
    public List<DailyStatistics> daily(RegionCode code, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        access.checkRead(code);
        Map<LocalDate, List<ProcedureChange>> changes = reader.changes(code, from, to);
        return reader.days(from, to).stream()
                .map(day -> new DailyStatistics(
                        day,
                        new RegionFigures(
                                code,
                                null,
                                reader.figures(day, code.level(), code.value(), code.value())
                                        .getOrDefault(code, Map.of())),
                        changes.getOrDefault(day, List.of())))
                .toList();
    }

    /** The centre recomputes a day (today or before); the day's rows are replaced. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SnapshotRun recompute(LocalDate day) {
        access.checkChange(RegionCode.NATIONAL, Role.CENTRE_ADMIN);
        if (day == null || day.isAfter(job.today())) {
            throw BusinessException.invalidField("day", "只能重新计算今天或以前的统计日期");
        }
        job.compute(day);
        return run(day).orElseThrow();
    }

    /** The level one drills down to: the province's counties (cities have no officers), then townships, villages. */
    public static RegionLevel childLevel(RegionLevel level) {
        return switch (level) {
            case NATIONAL -> RegionLevel.PROVINCE;
            case PROVINCE, CITY -> RegionLevel.COUNTY;
            case COUNTY -> RegionLevel.TOWNSHIP;
            case TOWNSHIP -> RegionLevel.VILLAGE;
            case VILLAGE -> null;
        };
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw BusinessException.invalidField("from", "请填写开始日期");
        }
        if (to == null) {
            throw BusinessException.invalidField("to", "请填写结束日期");
        }
        if (from.isAfter(to)) {
            throw BusinessException.invalidField("from", "开始日期不能晚于结束日期");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw BusinessException.invalidField("to", "一次最多查询" + MAX_DAYS + "天");
        }
    }
}
