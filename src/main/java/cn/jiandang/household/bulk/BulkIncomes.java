package cn.jiandang.household.bulk;

import cn.jiandang.household.HouseholdNotFoundException;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Income;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds the incomes of years a registered household has none for, as a file import found them: one version per
 * household (R8). Households are read in one query per batch; the entity audit records each change. A year already
 * recorded is never overwritten here: the caller reports a differing one instead.
 */
@Service
public class BulkIncomes {

    private final HouseholdRepository households;
    private final Versions versions;
    private final RegionAccess access;

    BulkIncomes(HouseholdRepository households, Versions versions, RegionAccess access) {
        this.households = households;
        this.versions = versions;
        this.access = access;
    }

    /** The new years of each household, by household id; returns how many incomes were added. */
    @Transactional
    public int addNewYears(Map<Long, List<IncomeRecord>> byHousehold, String actor) {
        int added = 0;
        Map<Long, Household> loaded =
                households.findAllById(byHousehold.keySet()).stream().collect(Collectors.toMap(Household::id, h -> h));
        for (Map.Entry<Long, List<IncomeRecord>> e : byHousehold.entrySet()) {
            Household h = loaded.get(e.getKey());
            if (h == null) {
                throw new HouseholdNotFoundException(e.getKey());
            }
            access.checkChangeOrSystem(RegionCode.of(h.villageCode()), RegistryRules.editors());
            boolean changed = false;
            for (IncomeRecord income : e.getValue()) {
                if (h.incomes().stream().noneMatch(i -> i.record().year() == income.year())) {
                    h.recordIncome(new Income(income));
                    changed = true;
                    added++;
                }
            }
            if (changed) {
                versions.record(h, actor, "IMPORT", null);
            }
        }
        return added;
    }
}
