package cn.jiandang.household;

import cn.jiandang.household.internal.CategoryChange;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.SummaryRow;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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

    /**
     * The summary of one household from its {@link SummaryRow}s (members in id order), by the entity's rules: the
     * head is the first current member related as head, else the first member even if departed
     * ({@link Household#head()}); the size counts the current members ({@link Household#currentMembers()}).
     */
    static HouseholdSummary summary(List<SummaryRow> rows) {
        SummaryRow first = rows.get(0);
        List<SummaryRow> members =
                rows.stream().filter(r -> r.memberId() != null).toList();
        List<SummaryRow> current =
                members.stream().filter(r -> !Boolean.TRUE.equals(r.departed())).toList();
        SummaryRow head = current.stream()
                .filter(r -> r.relation() == Relation.HEAD)
                .findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
        return new HouseholdSummary(
                first.householdId(),
                RegionCode.of(first.villageCode()),
                first.category(),
                head == null ? "" : head.name(),
                head == null ? "" : Masking.idNumber(head.idNumber()),
                current.size());
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
