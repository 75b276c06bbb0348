package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A household with its current members, history and factors, as the household page shows it. Relocation is
 * null for a household that did not move (R9).
 */
public record HouseholdDetails(
        long id,
        RegionCode villageCode,
        Category category,
        YearMonth identificationMonth,
        String contactPhone,
        boolean worksAway,
        boolean riskEliminated,
        int version,
        List<MemberView> members,
        List<CategoryChangeView> categoryHistory,
        Map<FactorKind, Set<PovertyFactor>> factors,
        Relocation relocation) {

    public HouseholdDetails(
            long id,
            RegionCode villageCode,
            Category category,
            YearMonth identificationMonth,
            String contactPhone,
            boolean worksAway,
            boolean riskEliminated,
            int version,
            List<MemberView> members,
            List<CategoryChangeView> categoryHistory,
            Map<FactorKind, Set<PovertyFactor>> factors) {
        this(
                id,
                villageCode,
                category,
                identificationMonth,
                contactPhone,
                worksAway,
                riskEliminated,
                version,
                members,
                categoryHistory,
                factors,
                null);
    }

    public record MemberView(
            String name,
            String idNumber,
            Relation relation,
            String sex,
            LocalDate birthDate,
            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            boolean migrantWork,
            Long memberId) {

        public MemberView(String name, String idNumber, Relation relation, String sex, LocalDate birthDate) {
            this(name, idNumber, relation, sex, birthDate, null, null, null, null, false, null);
        }

        public MemberView(
                String name,
                String idNumber,
                Relation relation,
                String sex,
                LocalDate birthDate,
                String ethnicity,
                Education education,
                Health health,
                WorkingAbility workingAbility,
                boolean migrantWork) {
            this(
                    name,
                    idNumber,
                    relation,
                    sex,
                    birthDate,
                    ethnicity,
                    education,
                    health,
                    workingAbility,
                    migrantWork,
                    null);
        }
    }

    public record CategoryChangeView(
            Category from,
            Category to,
            Instant changedAt,
            String changedBy,
            String procedure,
            String processInstanceId) {}

    public String headName() {
        return members.stream()
                .filter(m -> m.relation() == Relation.HEAD)
                .map(MemberView::name)
                .findFirst()
                .orElse(members.isEmpty() ? "" : members.get(0).name());
    }
}
