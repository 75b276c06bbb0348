package cn.jiandang.household.naturalchange;

import cn.jiandang.common.BusinessException;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.HouseholdNotFoundException;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PersonAlreadyRegisteredException;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.MemberRepository;
import cn.jiandang.household.internal.Membership;
import cn.jiandang.household.internal.MembershipRepository;
import cn.jiandang.household.internal.NaturalChange;
import cn.jiandang.household.internal.NaturalChangeRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Natural changes (自然变更: birth, death, marriage in and out, other moves), marked to the month and changing the
 * membership with its history (R11), for marginal households as for poor ones and ordinary ones.
 */
@Service
@Transactional(readOnly = true)
public class NaturalChangeService {

    private final HouseholdRepository households;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final NaturalChangeRepository changes;
    private final RegionService regions;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Versions versions;
    private final Clock clock;

    NaturalChangeService(
            HouseholdRepository households,
            MemberRepository members,
            MembershipRepository memberships,
            NaturalChangeRepository changes,
            RegionService regions,
            RegionAccess access,
            FeatureAccess features,
            Versions versions,
            Clock clock) {
        this.households = households;
        this.members = members;
        this.memberships = memberships;
        this.changes = changes;
        this.regions = regions;
        this.access = access;
        this.features = features;
        this.versions = versions;
        this.clock = clock;
    }

    /** Records one natural change; R12: only while the household's province has natural changes open. */
    @Transactional
    public long record(NaturalChangeRequest request) {
        return record(request, null);
    }

    /**
     * As {@link #record(NaturalChangeRequest)}, refused with {@link cn.jiandang.household.StaleVersionException} when
     * the official's edit was based on another version than the current one ({@code expectedVersion} null: unchecked).
     * Returns the id of the recorded change.
     */
    @Transactional
    public long record(NaturalChangeRequest request, Integer expectedVersion) {
        Household h = households
                .findById(request.householdId())
                .orElseThrow(() -> new HouseholdNotFoundException(request.householdId()));
        access.checkChange(RegionCode.of(h.villageCode()), RegistryRules.editors());
        features.checkOpen(Feature.NATURAL_CHANGE, RegionCode.of(h.villageCode()));
        if (request.kind() == null) {
            throw BusinessException.invalidField("kind", "请选择变更类型");
        }
        if (request.month() == null || request.month().isAfter(YearMonth.now(clock))) {
            throw BusinessException.invalidField("month", "变更月份必须填写，且不能晚于本月");
        }
        versions.checkCurrent(h, expectedVersion);
        Member member = request.kind().joins() ? join(h, request) : leave(h, request);
        NaturalChange change = changes.save(new NaturalChange(
                h.id(), member.id(), request.kind(), request.month(), Instant.now(clock), versions.actor()));
        versions.record(h, "NATURAL_CHANGE", null);
        return change.id();
    }

    private Member join(Household h, NaturalChangeRequest request) {
        NewHousehold.NewMember data = request.member();
        if (data == null) {
            throw BusinessException.invalidField("idNumber", "请填写新成员的姓名、身份证号码和与户主关系");
        }
        IdNumber idNumber = RegistryRules.idNumber("idNumber", data.idNumber());
        NewMemberRules.check(data, idNumber);
        if (request.kind() == NaturalChangeKind.BIRTH
                && request.month().isBefore(YearMonth.from(idNumber.birthDate()))) {
            throw BusinessException.invalidField("month", "出生变更月份不能早于身份证号码中的出生日期");
        }
        Member member = members.findByIdNumber(idNumber.value()).orElse(null);
        if (member == null) {
            member = h.addMember(idNumber, data.name().strip(), data.relation());
            member.describe(data);
            members.save(member);
        } else if (!member.departed() || request.kind() == NaturalChangeKind.BIRTH) {
            throw new PersonAlreadyRegisteredException(
                    regions.name(RegionCode.of(member.household().villageCode())));
        } else if (changes.findLastKind(member.id())
                .filter(k -> k == NaturalChangeKind.DEATH)
                .isPresent()) {
            throw BusinessException.invalidField("idNumber", "该身份证号码的人员已登记死亡");
        } else {
            member.joinAgain(h, data.name().strip(), data.relation());
            member.describe(data);
            if (!h.members().contains(member)) {
                h.members().add(member);
            }
        }
        memberships.save(new Membership(h.id(), member.id(), request.month()));
        return member;
    }

    /** Someone leaves, named by member id (the page, the API) or ID number. */
    private Member leave(Household h, NaturalChangeRequest request) {
        String field = request.memberId() != null ? "memberId" : "idNumber";
        Predicate<Member> named;
        if (request.memberId() != null) {
            named = m -> m.id().equals(request.memberId());
        } else if (request.member() != null) {
            IdNumber idNumber =
                    RegistryRules.idNumber("idNumber", request.member().idNumber());
            named = m -> m.idNumber().equals(idNumber.value());
        } else {
            throw BusinessException.invalidField("memberId", "请选择迁出（或死亡）的家庭成员");
        }
        Member member = h.currentMembers().stream()
                .filter(named)
                .findFirst()
                .orElseThrow(() -> BusinessException.invalidField(field, "该人员不是本户的现有成员"));
        Membership open = memberships
                .findOpen(h.id(), member.id())
                .orElseGet(() -> memberships.save(new Membership(h.id(), member.id(), null)));
        if (open.joinedMonth() != null && request.month().isBefore(open.joinedMonth())) {
            throw BusinessException.invalidField("month", "变更月份不能早于该成员加入本户的月份 " + open.joinedMonth());
        }
        open.leave(request.month());
        member.leave();
        return member;
    }

    /** The natural changes of a household, oldest first. */
    public List<NaturalChangeView> list(long householdId) {
        Household h =
                households.findDetailed(householdId).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        access.checkRead(RegionCode.of(h.villageCode()));
        List<NaturalChange> list = changes.findByHouseholdIdOrderByChangeMonthAscIdAsc(householdId);
        Map<Long, Member> byId = members
                .findAllById(list.stream().map(NaturalChange::memberId).toList())
                .stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        return list.stream()
                .map(c -> new NaturalChangeView(
                        c.id(),
                        c.kind(),
                        c.month(),
                        c.originalMonth(),
                        byId.get(c.memberId()).name(),
                        byId.get(c.memberId()).idNumber(),
                        c.recordedAt(),
                        c.recordedBy()))
                .toList();
    }
}
