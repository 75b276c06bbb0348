package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.internal.CategoryChange;
import cn.jiandang.household.internal.ExitIncomes;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.HouseholdResidenceRepository;
import cn.jiandang.household.internal.IncomeRow;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.MemberRepository;
import cn.jiandang.household.internal.Membership;
import cn.jiandang.household.internal.MembershipRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The household archive: reads scoped to the caller's region, writes with history. */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

    private static final Role[] EDITORS = RegistryRules.editors();

    /** R3: the categories that exit; monitoring objects never do. */
    private static final Set<Category> EXITING = EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);

    private final HouseholdRepository households;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final HouseholdResidenceRepository residences;
    private final RegionService regions;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Versions versions;
    private final Clock clock;
    private final ExitIncomes exitIncomes;

    HouseholdService(
            HouseholdRepository households,
            MemberRepository members,
            MembershipRepository memberships,
            HouseholdResidenceRepository residences,
            RegionService regions,
            RegionAccess access,
            FeatureAccess features,
            Versions versions,
            Clock clock,
            ExitIncomes exitIncomes) {
        this.exitIncomes = exitIncomes;
        this.households = households;
        this.members = members;
        this.memberships = memberships;
        this.residences = residences;
        this.regions = regions;
        this.access = access;
        this.features = features;
        this.versions = versions;
        this.clock = clock;
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
        Map<FactorKind, Set<PovertyFactor>> factors = new EnumMap<>(FactorKind.class);
        h.factors()
                .forEach(f -> factors.computeIfAbsent(f.kind(), k -> EnumSet.noneOf(PovertyFactor.class))
                        .add(f.code()));
        return new HouseholdDetails(
                h.id(),
                RegionCode.of(h.villageCode()),
                h.category(),
                h.identificationMonth(),
                h.contactPhone(),
                h.worksAway(),
                h.riskEliminated(),
                h.version(),
                h.currentMembers().stream().map(HouseholdService::memberView).toList(),
                h.categoryHistory().stream().map(CategoryChange::view).toList(),
                factors,
                h.relocation());
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
        return households.findWithMembers(new HashSet<>(ids)).stream()
                .filter(h -> access.mayRead(RegionCode.of(h.villageCode())))
                .collect(Collectors.toMap(Household::id, this::summary, (a, b) -> a));
    }

    /**
     * Registers a household with its members. Refused, with nothing written, when an ID number is invalid, a
     * person is already in a household (R16, naming only that household's village), sex or birth date disagree
     * with the ID number, or the contact phone is missing or not a real number (R10).
     */
    @Transactional
    public long register(NewHousehold request) {
        // an officer of the region, or the system (seeder, job executor registering an approved application)
        access.checkChangeOrSystem(request.villageCode(), EDITORS);
        RegistrationChecks.Checked checked = RegistrationChecks.check(request);
        Household h = new Household(
                request.villageCode().value(), checked.contactPhone(), request.worksAway(), Instant.now(clock));
        List<IdNumber> ids = checked.idNumbers();
        refuseIfRegistered(ids.stream().map(IdNumber::value).toList());
        for (int i = 0; i < ids.size(); i++) {
            h.addMember(
                            ids.get(i),
                            request.members().get(i).name(),
                            request.members().get(i).relation())
                    .describe(request.members().get(i));
        }
        try {
            households.saveAndFlush(h);
        } catch (DataIntegrityViolationException e) {
            throw new PersonAlreadyRegisteredException("其他村");
        }
        h.members().forEach(m -> memberships.save(new Membership(h.id(), m.id(), null)));
        versions.record(h, "REGISTRATION", null);
        return h.id();
    }

    /** R16: refuses a person already in a household, naming only that household's village. */
    private void refuseIfRegistered(Collection<String> idNumbers) {
        for (Object[] person : members.findPeople(idNumbers)) {
            if (!(Boolean) person[1]) {
                throw new PersonAlreadyRegisteredException(regions.name(RegionCode.of((String) person[2])));
            }
            throw BusinessException.invalidField("idNumber", "该人员已迁出原户，请在新户以“婚入”或“其他迁入”自然变更办理");
        }
    }

    /**
     * Moves a household to a new category with a history entry. Only the procedures decide a category: their
     * process callbacks call this (and the demo seeder, as the system); {@code ArchitectureRulesTest} keeps views,
     * controllers and other modules away from it. The officer whose step led here must be allowed to change the
     * household's region, or the caller is the system (the job executor).
     */
    @Transactional
    public void changeCategory(CategoryChangeRequest request) {
        Household h = households
                .findById(request.householdId())
                .orElseThrow(() -> new HouseholdNotFoundException(request.householdId()));
        access.checkChangeOrSystem(RegionCode.of(h.villageCode()), EDITORS);
        if (request.identificationMonth() != null
                && request.identificationMonth().isAfter(YearMonth.now(clock))) {
            throw BusinessException.invalidField(
                    "identificationMonth", "识别月份 " + request.identificationMonth() + " 不能晚于本月");
        }
        h.changeCategory(
                request.to(),
                request.identificationMonth(),
                new CategoryChange(
                        h.category(),
                        request.to(),
                        Instant.now(clock),
                        request.actor(),
                        request.procedure(),
                        request.processInstanceId()));
        if (request.factors() != null && !request.factors().isEmpty()) {
            h.replaceFactors(FactorKind.forCategory(request.to()), request.factors());
        }
        versions.record(h, request.actor(), request.procedure(), request.processInstanceId());
    }

    /**
     * R3: sets "risk eliminated" (致贫（返贫）风险已消除) of a monitored or marginal household. Only the
     * risk-elimination procedure calls this; no other write touches the flag.
     */
    @Transactional
    public void markRiskEliminated(long householdId, String actor, String processInstanceId) {
        Household h = households.findById(householdId).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        if (h.category() == null || !h.category().isMonitoringObject()) {
            throw BusinessException.invalid("只有脱贫监测户和边缘户才标注“风险已消除”");
        }
        h.markRiskEliminated();
        versions.record(h, actor, "RISK_ELIMINATION", processInstanceId);
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
        access.checkRead(area);
        if (povertyLine == null || povertyLine.signum() <= 0) {
            throw BusinessException.invalidField("povertyLine", "请填写大于0的贫困线（元）");
        }
        Map<RegionCode, List<ExitStanding>> byVillage = new LinkedHashMap<>();
        List<ExitStanding> below = new ArrayList<>();
        List<ExitStanding> without = new ArrayList<>();
        exitIncomes.forEach(area.lowerBound(), area.upperBound(), EXITING, year, countingMonth(year), row -> {
            ExitStanding s = standing(row);
            if (!s.hasIncome()) {
                without.add(s);
            } else if (s.perCapitaIncome().compareTo(povertyLine) > 0) {
                byVillage.computeIfAbsent(s.village(), v -> new ArrayList<>()).add(s);
            } else {
                below.add(s);
            }
        });
        return new ExitCandidates(year, povertyLine, byVillage, below, without);
    }

    /** One household's income standing for a year (R6), whatever its category. */
    public ExitStanding exitStanding(long householdId, int year) {
        access.checkRead(villageOf(householdId));
        return households
                .findIncome(householdId, year, countingMonth(year))
                .map(HouseholdService::standing)
                .orElseThrow(() -> new HouseholdNotFoundException(householdId));
    }

    private static LocalDate countingMonth(int year) {
        return IncomeRules.countingDate(year).withDayOfMonth(1);
    }

    private static ExitStanding standing(IncomeRow row) {
        long size = row.householdSize() == null ? 0 : row.householdSize();
        return new ExitStanding(
                row.householdId(),
                RegionCode.of(row.villageCode()),
                row.category(),
                row.netIncome(),
                size,
                row.netIncome() == null ? null : IncomeRules.perCapita(row.netIncome(), size));
    }

    static HouseholdDetails.MemberView memberView(Member m) {
        return new HouseholdDetails.MemberView(
                m.name(),
                m.idNumber(),
                m.relation(),
                m.sex(),
                m.birthDate(),
                m.ethnicity(),
                m.education(),
                m.health(),
                m.workingAbility(),
                m.migrantWork(),
                m.id());
    }

    private HouseholdSummary summary(Household h) {
        Member head = h.head();
        return new HouseholdSummary(
                h.id(),
                RegionCode.of(h.villageCode()),
                h.category(),
                head == null ? "" : head.name(),
                head == null ? "" : Masking.idNumber(head.idNumber()),
                h.currentMembers().size());
    }
}
