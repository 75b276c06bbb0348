package cn.jiandang.household;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Member;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Full ID and phone numbers of one household: lists, exports and notices show them masked; the household page
 * shows them in full only to officers of the household's own region hierarchy, and every such view is audited.
 */
@Service
public class PersonalNumbers {

    private final HouseholdRepository households;
    private final RegionAccess access;
    private final AuditLog audit;

    PersonalNumbers(HouseholdRepository households, RegionAccess access, AuditLog audit) {
        this.households = households;
        this.access = access;
        this.audit = audit;
    }

    public boolean mayReveal(RegionCode village) {
        return access.mayReadPersonalNumbers(village);
    }

    /** The members' full ID numbers (in the order of the household page) and the contact phone; audited. */
    @Transactional
    public Revealed reveal(long householdId) {
        Household h =
                households.findDetailed(householdId).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        RegionCode village = RegionCode.of(h.villageCode());
        access.checkPersonalNumbers(village);
        audit.record(
                AuditActions.REVEAL_PERSONAL_NUMBERS,
                "Household",
                String.valueOf(householdId),
                householdId,
                village,
                "显示完整身份证号码（" + h.members().size() + " 人）和联系电话");
        return new Revealed(
                h.members().stream()
                        .map(m -> new Person(m.name(), m.idNumber()))
                        .toList(),
                h.contactPhone());
    }

    /** One member's full ID number, for the API's separate request; audited like the page's reveal. */
    @Transactional
    public String revealIdNumber(long householdId, long memberId) {
        Household h = revealable(householdId);
        Member member = h.currentMembers().stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("该户没有编号为 " + memberId + " 的成员"));
        record(h, "显示第 " + memberId + " 号成员的完整身份证号码");
        return member.idNumber();
    }

    /** The household's full contact phone, for the API's separate request; audited. */
    @Transactional
    public String revealContactPhone(long householdId) {
        Household h = revealable(householdId);
        record(h, "显示完整联系电话");
        return h.contactPhone();
    }

    private Household revealable(long householdId) {
        Household h =
                households.findDetailed(householdId).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        access.checkRead(RegionCode.of(h.villageCode()), "Household", String.valueOf(householdId));
        access.checkPersonalNumbers(RegionCode.of(h.villageCode()));
        return h;
    }

    private void record(Household h, String detail) {
        audit.record(
                AuditActions.REVEAL_PERSONAL_NUMBERS,
                "Household",
                String.valueOf(h.id()),
                h.id(),
                RegionCode.of(h.villageCode()),
                detail);
    }

    public record Revealed(List<Person> members, String contactPhone) {}

    public record Person(String name, String idNumber) {}
}
