package cn.jiandang.household.api;

import cn.jiandang.household.Category;
import cn.jiandang.household.Education;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.Health;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.WorkingAbility;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A household's record as {@code GET /api/v1/households/{id}} answers it: numbers masked, the version for edits. */
record HouseholdDocument(
        long id,
        String villageCode,
        String villagePath,
        Category category,
        String identificationMonth,
        String contactPhoneMasked,
        boolean worksAway,
        boolean riskEliminated,
        List<MemberItem> members,
        List<CategoryChangeItem> categoryHistory,
        Map<FactorKind, Set<PovertyFactor>> factors,
        List<IncomeItem> incomes,
        String incomePeriod,
        Relocation relocation,
        int version) {

    /**
     * A member; {@code id} names the member in writes (a death, a base-data edit) and in the audited full-number
     * request; the ID number masked.
     */
    record MemberItem(
            Long id,
            String name,
            String idNumberMasked,
            LocalDate birthDate,
            String sex,
            Relation relation,
            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            boolean migrantWork) {}

    record CategoryChangeItem(Category from, Category to, Instant changedAt, String changedBy, String procedure) {}

    record IncomeItem(
            int year,
            BigDecimal wages,
            BigDecimal production,
            BigDecimal property,
            BigDecimal transfer,
            BigDecimal productionCosts,
            BigDecimal net,
            long householdSizeAt30September,
            BigDecimal perCapita) {}
}
