package cn.jiandang.household;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.HouseholdResidenceRepository;
import cn.jiandang.household.internal.MemberRepository;
import cn.jiandang.household.internal.MembershipRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.SummaryRow;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The household archive: reads scoped to the caller's region, writes with history. The module's one public service;
 * its parts: {@link HouseholdRegistration} (register), {@link CategoryChanges} (what only procedures decide),
 * {@link ExitStandings} (incomes against the poverty line) and {@link HouseholdViews} (details and summaries).
 */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

    private static final Role[] EDITORS = RegistryRules.editors();

    private final HouseholdRepository households;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final HouseholdResidenceRepository residences;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Versions versions;
    private final HouseholdRegistration registration;
    private final CategoryChanges categoryChanges;
    private final ExitStandings exitStandings;

    HouseholdService(
            HouseholdRepository households,
            MemberRepository members,
            MembershipRepository memberships,
            HouseholdResidenceRepository residences,
            RegionAccess access,
            FeatureAccess features,
            Versions versions,
            HouseholdRegistration registration,
            CategoryChanges categoryChanges,
            ExitStandings exitStandings) {
        this.households = households;
        this.members = members;
        this.memberships = memberships;
        this.residences = residences;
        this.access = access;
        this.features = features;
        this.versions = versions;
        this.registration = registration;
        this.categoryChanges = categoryChanges;
        this.exitStandings = exitStandings;
    }

    /** Households under a region the caller may read, optionally of one category. */
    public Page<HouseholdSummary> search(RegionCode scope, Category category, Pageable pageable) {
        access.checkRead(scope);
        Page<Household> page = households.findInRange(scope.lowerBound(), scope.upperBound(), category, pageable);
        Map<Long, HouseholdSummary> byId = summaries(page.map(Household::id).getContent());
        return page.map(h -> byId.get(h.id()));
    }

    /** The household with members and history; refused when it lies outside the caller's region. */
    public HouseholdDetails details(long id) {
        Household h = households.findDetailed(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        access.checkRead(RegionCode.of(h.villageCode()), "Household", String.valueOf(id));
        return HouseholdViews.details(h);
    }

    /** Unchecked on purpose: callers use the village to authorise (it names no person). */
    public RegionCode villageOf(long id) {
        return households.findVillageCode(id).map(RegionCode::of).orElseThrow(() -> new HouseholdNotFoundException(id));
    }

    /** The current category, null for a household in no category. */
    public Category categoryOf(long id) {
        if (!households.existsById(id)) {
            throw new HouseholdNotFoundException(id);
        }
        return households.findCategory(id).orElse(null);
    }

    /**
     * Summaries of rows the caller already may see (e.g. tasks of its candidate groups), in one query. Ids
     * outside the caller's region are left out rather than refused: the list stays usable, nothing leaks.
     */
    public Map<Long, HouseholdSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> distinct = new HashSet<>(ids);
        List<SummaryRow> found = distinct.size() == 1
                ? households.findSummaryRowsOf(distinct.iterator().next())
                : households.findSummaryRows(distinct);
        Map<Long, HouseholdSummary> summaries = new HashMap<>();
        // each household's rows in member order, as the query gave them
        found.stream().collect(Collectors.groupingBy(SummaryRow::householdId)).forEach((id, rows) -> {
            if (access.mayRead(RegionCode.of(rows.get(0).villageCode()))) {
                summaries.put(id, HouseholdViews.summary(rows));
            }
        });
        return summaries;
    }

    /**
     * Registers a household with its members. Refused, with nothing written, when an ID number is invalid, a
     * person is already in a household (R16, naming only that household's village), sex or birth date disagree
     * with the ID number, or the contact phone is missing or not a real number (R10).
     */
    @Transactional
    public long register(NewHousehold request) {
        return registration.register(request);
    }

    /**
     * Moves a household to a new category with a history entry. Only the procedures decide a category: their
     * process callbacks call this (and the demo seeder, as the system); {@code ArchitectureRulesTest} keeps views,
     * controllers and other modules away from it. The officer whose step led here must be allowed to change the
     * household's region, or the caller is the system (the job executor).
     */
    @Transactional
    public void changeCategory(CategoryChangeRequest request) {
        categoryChanges.change(request);
    }

    /**
     * R3: sets "risk eliminated" (致贫（返贫）风险已消除) of a monitored or marginal household. Only the
     * risk-elimination procedure calls this; no other write touches the flag.
     */
    @Transactional
    public void markRiskEliminated(long householdId, String actor, String processInstanceId) {
        categoryChanges.markRiskEliminated(householdId, actor, processInstanceId);
    }

    /** R10: updates the contact phone (required, real) and whether members work away; base data, so R12-gated. */
    @Transactional
    public void updateContact(long householdId, String contactPhone, boolean worksAway) {
        Household h = households.findById(householdId).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        access.checkChange(RegionCode.of(h.villageCode()), EDITORS);
        features.checkOpen(Feature.BASE_DATA_EDIT, RegionCode.of(h.villageCode()));
        h.updateContact(ContactPhone.check(contactPhone), worksAway);
        versions.record(h, "BASE_DATA", null);
    }

    /**
     * The household whose current head has this ID number (R16: a person is in at most one household); empty when
     * nobody with it heads a household. An invalid number is refused for the field {@code field}.
     */
    public Optional<Long> householdOfHead(String field, String idNumber) {
        IdNumber id = RegistryRules.idNumber(field, idNumber);
        return members.findByIdNumber(id.value())
                .filter(m -> !m.departed() && m.relation() == Relation.HEAD)
                .map(m -> {
                    access.checkRead(RegionCode.of(m.household().villageCode()));
                    return m.household().id();
                });
    }

    /** The village the household belonged to on a date, across merges and moves of villages. */
    public RegionCode villageAsOf(long householdId, LocalDate date) {
        RegionCode now = villageOf(householdId);
        access.checkRead(now);
        return residences.findOn(householdId, date).stream()
                .findFirst()
                .map(r -> RegionCode.of(r.villageCode()))
                .orElse(now);
    }

    /** Household size on a date: members who joined in or before its month and had not left (R6, R11). */
    public long membersAt(long householdId, LocalDate date) {
        access.checkRead(villageOf(householdId));
        return memberships.countAt(householdId, YearMonth.from(date).atDay(1));
    }

    /**
     * Year-end exit candidates of an area (R3, R4, R6): the POOR, NEWLY_POOR and RETURNED households whose per-capita
     * net income of the year (net income / household size at 30 September) is above the poverty line, grouped by
     * village; the others of those categories are listed as at or below the line, or without an income for the year.
     */
    public ExitCandidates exitCandidates(RegionCode area, int year, BigDecimal povertyLine) {
        return exitStandings.candidates(area, year, povertyLine);
    }

    /** One household's income standing for a year (R6), whatever its category. */
    public ExitStanding exitStanding(long householdId, int year) {
        access.checkRead(villageOf(householdId));
        return exitStandings.standing(householdId, year);
    }
}
