package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The quarterly 低保 exchange with civil affairs (R15): the province or the centre uploads a quarter's file, worked in
 * the background by the import machinery ({@link DibaoImport}); the coverage per county and quarter and each
 * household's quarters are read within the caller's region, missing quarters as missing.
 */
@Service
@Transactional(readOnly = true)
public class DibaoExchange {

    /** A region's table lists at most this many counties (a province has about two hundred). */
    static final int MAX_COUNTIES = 3000;

    private final ImportJobs imports;
    private final DibaoQueries queries;
    private final RegionService regions;
    private final RegionAccess access;
    private final Clock clock;
    private final Quarter first;

    DibaoExchange(
            ImportJobs imports,
            DibaoQueries queries,
            RegionService regions,
            RegionAccess access,
            Clock clock,
            @Value("${jiandang.dibao.first-quarter:2018Q1}") String first) {
        this.imports = imports;
        this.queries = queries;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
        this.first = Quarter.parse("jiandang.dibao.first-quarter", first);
    }

    /** Queues a quarter's file from civil affairs (province officers within their province, the centre anywhere). */
    @Transactional
    public ImportJobView submit(String quarter, String fileName, byte[] content, ImportMode mode) {
        Quarter q = Quarter.parse("quarter", quarter);
        if (q.compareTo(current()) > 0) {
            throw BusinessException.invalidField("quarter", "季度 " + q + " 还没有开始");
        }
        return imports.submit(
                DibaoImport.KIND, q.toString(), fileName, content, mode, Role.PROVINCE_OFFICER, Role.CENTRE_ADMIN);
    }

    /** The first quarter the exchange covers, and the current one: the default range of every table. */
    public Quarter firstQuarter() {
        return first;
    }

    public Quarter current() {
        return Quarter.of(LocalDate.now(clock));
    }

    /** Counties of the region (or the county of a smaller region) by quarter, from {@code from} to {@code to}. */
    public DibaoCoverage coverage(RegionCode region, Quarter from, Quarter to) {
        if (from.compareTo(to) > 0) {
            throw BusinessException.invalidField("from", "起始季度不能晚于终止季度");
        }
        RegionCode scope =
                region.level().ordinal() > RegionLevel.COUNTY.ordinal() ? region.ancestor(RegionLevel.COUNTY) : region;
        access.checkRead(scope);
        List<RegionView> counties = scope.level() == RegionLevel.COUNTY
                ? regions.find(scope).stream().toList()
                : regions.regionsUnder(scope, RegionLevel.COUNTY, null, 0, MAX_COUNTIES);
        Map<String, Map<String, DibaoCoverage.Cell>> cells =
                queries.cells(scope.lowerBound(), scope.upperBound(), from, to);
        List<Quarter> quarters = Quarter.range(from, to);
        List<DibaoCoverage.County> rows = new ArrayList<>();
        for (RegionView c : counties) {
            Map<String, DibaoCoverage.Cell> own = cells.getOrDefault(c.code().value(), Map.of());
            rows.add(new DibaoCoverage.County(
                    c.code().value(),
                    c.name(),
                    quarters.stream()
                            .map(q -> own.getOrDefault(q.toString(), DibaoCoverage.Cell.missing(q.toString())))
                            .toList()));
        }
        return new DibaoCoverage(
                scope.value(), quarters.stream().map(Quarter::toString).toList(), rows);
    }

    /** The household's quarters, newest first: received (by whom, masked), not received, or missing. */
    public List<HouseholdDibao> household(long householdId) {
        String village = queries.villageOf(householdId)
                .orElseThrow(() -> BusinessException.notFound("户编号 " + householdId + " 不存在"));
        access.checkRead(RegionCode.of(village), "Household", String.valueOf(householdId));
        Quarter to = current();
        String county = RegionCode.of(village).ancestor(RegionLevel.COUNTY).value();
        List<String> delivered = queries.delivered(county, first, to);
        Map<String, List<HouseholdDibao.Receipt>> receipts = queries.receipts(householdId, first, to);
        List<Quarter> quarters = new ArrayList<>(Quarter.range(first, to));
        quarters.sort(Comparator.reverseOrder());
        return quarters.stream()
                .map(Quarter::toString)
                .map(q -> receipts.containsKey(q)
                        ? new HouseholdDibao(q, HouseholdDibao.State.RECEIVED, receipts.get(q))
                        : new HouseholdDibao(
                                q,
                                delivered.contains(q)
                                        ? HouseholdDibao.State.NOT_RECEIVED
                                        : HouseholdDibao.State.MISSING,
                                List.of()))
                .toList();
    }

    /** A page of the rows of the officer's own 低保 import that matched no member of the archive. */
    public List<UnmatchedRow> unmatched(long jobId, int afterLine, int limit) {
        imports.job(jobId);
        return queries.unmatched(jobId, afterLine, Math.min(limit, 1000));
    }

    public static String templateCsv() {
        return DibaoImport.templateCsv();
    }
}
