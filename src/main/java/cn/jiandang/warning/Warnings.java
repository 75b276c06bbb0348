package cn.jiandang.warning;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import cn.jiandang.security.RegionAccess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Stream;

/** Reads warnings within the caller's region, ID numbers masked. */
@Service
@Transactional(readOnly = true)
public class Warnings {

    private final WarningStore store;
    private final HouseholdService households;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final NamedParameterJdbcTemplate jdbc;

    Warnings(
            WarningStore store,
            HouseholdService households,
            RegionAccess access,
            CurrentOfficer current,
            NamedParameterJdbcTemplate jdbc) {
        this.store = store;
        this.current = current;
        this.households = households;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The identifications a warning may start for a household of this category (MONITORED for the exited...). */
    public static List<Category> identificationKinds(Category current) {
        return Stream.of(Category.MONITORED, Category.MARGINAL, Category.NEWLY_POOR)
                .filter(kind -> Category.mayIdentify(current, kind))
                .toList();
    }

    public WarningView find(long id) {
        WarningStore.Stored w = store.require(id);
        access.checkRead(RegionCode.of(w.villageCode()), "Warning", String.valueOf(id));
        HouseholdSummary h = households.summaries(List.of(w.householdId())).get(w.householdId());
        Category category = households.categoryOf(w.householdId());
        return new WarningView(
                w.id(),
                w.householdId(),
                w.villageCode(),
                category,
                h == null ? "" : h.headName(),
                h == null ? "" : h.headIdMasked(),
                h == null ? 0 : h.size(),
                PovertyFactor.valueOf(w.risk()),
                w.reason(),
                w.status(),
                w.raisedAt(),
                w.processInstanceId(),
                store.signals(id).stream()
                        .map(s -> new SignalView(
                                s.source(), Masking.idNumber(s.idNumber()), s.date(), s.amount(), s.importJobId()))
                        .toList(),
                identificationKinds(category),
                w.decidedBy(),
                w.comment(),
                w.identificationKind() == null ? null : Category.valueOf(w.identificationKind()),
                w.identificationCaseId());
    }

    /** How many warnings an import raised within the caller's region (the import page's summary). */
    public long raisedBy(long importJobId) {
        RegionCode own = current.require().region();
        return jdbc.queryForObject(
                "select count(*) from warning where import_job_id = :job and village_code between :from and :to",
                new MapSqlParameterSource("job", importJobId)
                        .addValue("from", own.lowerBound())
                        .addValue("to", own.upperBound()),
                Long.class);
    }
}
