package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

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

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The household archive: reads scoped to the caller's region, writes with history. */
@Service
@Transactional(readOnly = true)
public class HouseholdService {

    private final HouseholdRepository households;
    private final MemberRepository members;
    private final RegionService regions;
    private final RegionAccess access;
    private final Clock clock;

    HouseholdService(HouseholdRepository households, MemberRepository members, RegionService regions,
                     RegionAccess access, Clock clock) {
        this.households = households;
        this.members = members;
        this.regions = regions;
        this.access = access;
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
        h.factors().forEach(f -> factors.computeIfAbsent(f.kind, k -> EnumSet.noneOf(PovertyFactor.class)).add(f.code));
        return new HouseholdDetails(h.id(), RegionCode.of(h.villageCode()), h.category(), h.identificationMonth(),
                h.contactPhone(), h.worksAway(), h.riskEliminated(), h.version(),
                h.members().stream().map(m -> new HouseholdDetails.MemberView(m.name(), m.idNumber(), m.relation(),
                        m.sex(), m.birthDate())).toList(),
                h.categoryHistory().stream().map(CategoryChange::view).toList(), factors);
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

    @Transactional
    public long register(NewHousehold request) {
        access.checkChangeOrSystem(request.villageCode(), Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER,
                Role.COUNTY_OFFICER);
        if (request.members().isEmpty()) {
            throw BusinessException.invalid("一户至少要有一名成员（户主）");
        }
        Household h = new Household(request.villageCode().value(), request.contactPhone(), request.worksAway(),
                Instant.now(clock));
        Set<String> seen = new HashSet<>();
        for (NewHousehold.NewMember m : request.members()) {
            IdNumber idNumber = IdNumber.of(m.idNumber());
            if (!seen.add(idNumber.value())) {
                throw BusinessException.invalid("同一身份证号码在本户中出现两次");
            }
            members.findVillageOfPerson(idNumber.value()).ifPresent(village -> {
                throw new PersonAlreadyRegisteredException(regions.name(RegionCode.of(village)));
            });
            h.addMember(idNumber, m.name(), m.relation());
        }
        try {
            return households.saveAndFlush(h).id();
        } catch (DataIntegrityViolationException e) {
            throw new PersonAlreadyRegisteredException("其他村");
        }
    }

    /** Moves a household to a new category with a history entry; called by the procedures. */
    @Transactional
    public void changeCategory(CategoryChangeRequest request) {
        Household h = households.findById(request.householdId())
                .orElseThrow(() -> new HouseholdNotFoundException(request.householdId()));
        // procedures call this from a task completed by an officer of the region, or from the job executor
        access.checkReadOrSystem(RegionCode.of(h.villageCode()));
        h.changeCategory(request.to(), request.identificationMonth(), new CategoryChange(h.category(), request.to(),
                Instant.now(clock), request.actor(), request.procedure(), request.processInstanceId()));
        if (request.factors() != null && !request.factors().isEmpty()) {
            h.replaceFactors(FactorKind.forCategory(request.to()), request.factors());
        }
    }

    private HouseholdSummary summary(Household h) {
        Member head = h.head();
        return new HouseholdSummary(h.id(), RegionCode.of(h.villageCode()), h.category(),
                head == null ? "" : head.name(), head == null ? "" : Masking.idNumber(head.idNumber()),
                h.members().size());
    }

}
