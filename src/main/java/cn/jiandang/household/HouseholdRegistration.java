package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.MemberRepository;
import cn.jiandang.household.internal.Membership;
import cn.jiandang.household.internal.MembershipRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.RegionAccess;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Registering a household with its members (R10, R16); {@link HouseholdService#register} is its public face. */
@Component
@Transactional
class HouseholdRegistration {

    private final HouseholdRepository households;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final RegionService regions;
    private final RegionAccess access;
    private final Versions versions;
    private final Clock clock;

    HouseholdRegistration(
            HouseholdRepository households,
            MemberRepository members,
            MembershipRepository memberships,
            RegionService regions,
            RegionAccess access,
            Versions versions,
            Clock clock) {
        this.households = households;
        this.members = members;
        this.memberships = memberships;
        this.regions = regions;
        this.access = access;
        this.versions = versions;
        this.clock = clock;
    }

    long register(NewHousehold request) {
        // an officer of the region, or the system (seeder, job executor registering an approved application)
        access.checkChangeOrSystem(request.villageCode(), RegistryRules.editors());
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
}
