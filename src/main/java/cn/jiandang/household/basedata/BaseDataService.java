package cn.jiandang.household.basedata;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.HouseholdNotFoundException;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.IncomeRules;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.Wording;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Income;
import cn.jiandang.household.internal.MembershipRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base data beyond members and category: incomes (R5, R6), relocation coordinates (R9), and the versions
 * every change leaves behind (R8), with a comparison of any two.
 */
@Service
@Transactional(readOnly = true)
public class BaseDataService {

    private final HouseholdRepository households;
    private final MembershipRepository memberships;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Versions versions;
    private final VersionHistory history;

    BaseDataService(
            HouseholdRepository households,
            MembershipRepository memberships,
            RegionAccess access,
            FeatureAccess features,
            Versions versions,
            VersionHistory history) {
        this.households = households;
        this.memberships = memberships;
        this.access = access;
        this.features = features;
        this.versions = versions;
        this.history = history;
    }

    /** Records (or, at a year-end update, replaces) one year's income; the former figures stay in a version. */
    @Transactional
    public void recordIncome(long householdId, IncomeRecord income) {
        Household h = writable(householdId);
        h.recordIncome(new Income(income));
        versions.record(h, "INCOME", null);
    }

    /** Records several years at once (e.g. a year-end collection), as one version. */
    @Transactional
    public void recordIncomes(long householdId, List<IncomeRecord> incomes) {
        Household h = writable(householdId);
        incomes.forEach(income -> h.recordIncome(new Income(income)));
        versions.record(h, "INCOME", null);
    }

    /** R9: records the coordinates before and after relocation; null clears the relocation flag. */
    @Transactional
    public void relocate(long householdId, Relocation relocation) {
        Household h = writable(householdId);
        h.relocate(relocation);
        versions.record(h, "RELOCATION", null);
    }

    /** Every recorded year with net income, size at 30 September and per-capita income (R6). */
    public List<IncomeView> incomes(long householdId) {
        Household h = readable(householdId);
        return h.incomes().stream()
                .map(Income::record)
                .map(r -> {
                    long size = memberships.countAt(
                            householdId, IncomeRules.countingDate(r.year()).withDayOfMonth(1));
                    return new IncomeView(r, r.net(), size, IncomeRules.perCapita(r.net(), size));
                })
                .toList();
    }

    /** R5: the income period of the household's identification month, empty without one. */
    public Optional<IncomeRules.IncomePeriod> incomePeriod(long householdId) {
        Household h = readable(householdId);
        return Optional.ofNullable(h.identificationMonth()).map(IncomeRules::period);
    }

    /** R8: every kept version, oldest first; the last is the current one. */
    public List<VersionView> versions(long householdId) {
        readable(householdId);
        return history.list(householdId);
    }

    /** R8: the fields that differ between two versions of the household, in Chinese (see {@link FieldDiff}). */
    public List<FieldDiff> compare(long householdId, int from, int to) {
        return compare(householdId, from, to, Wording.chinese());
    }

    /** R8: the fields that differ between two versions, worded for the reader (the page passes its language). */
    public List<FieldDiff> compare(long householdId, int from, int to, Wording wording) {
        readable(householdId);
        return history.diff(householdId, from, to, wording);
    }

    /** R8: every version with what it changed against the one before, oldest first. */
    public List<VersionChanges> changes(long householdId, Wording wording) {
        readable(householdId);
        return history.changes(householdId, wording);
    }

    /** R8: the base data as it was in one version, as field paths and values. */
    public Map<String, Object> version(long householdId, int number) {
        readable(householdId);
        return history.snapshotOf(householdId, number);
    }

    private Household readable(long id) {
        Household h = households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        access.checkRead(RegionCode.of(h.villageCode()));
        return h;
    }

    /** Every base-data write: an editor of the household's region, and R12 base-data editing open in its province. */
    private Household writable(long id) {
        Household h = households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        access.checkChange(RegionCode.of(h.villageCode()), RegistryRules.editors());
        features.checkOpen(Feature.BASE_DATA_EDIT, RegionCode.of(h.villageCode()));
        return h;
    }
}
