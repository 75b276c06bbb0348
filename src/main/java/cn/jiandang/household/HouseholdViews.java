package cn.jiandang.household;

import cn.jiandang.household.internal.CategoryChange;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.Member;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** How the registry's entities are shown outside the module: as details and summaries (head's number masked). */
final class HouseholdViews {

    private HouseholdViews() {}

    static HouseholdDetails details(Household h) {
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
                h.currentMembers().stream().map(HouseholdViews::memberView).toList(),
                h.categoryHistory().stream().map(CategoryChange::view).toList(),
                factors,
                h.relocation());
    }

    static HouseholdSummary summary(Household h) {
        Member head = h.head();
        return new HouseholdSummary(
                h.id(),
                RegionCode.of(h.villageCode()),
                h.category(),
                head == null ? "" : head.name(),
                head == null ? "" : Masking.idNumber(head.idNumber()),
                h.currentMembers().size());
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
}
