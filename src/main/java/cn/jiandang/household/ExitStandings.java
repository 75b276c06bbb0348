package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.ExitIncomes;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.IncomeRow;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R3, R4, R6: households' per-capita net income of a year against the poverty line, for the year-end exit; read
 * through {@link HouseholdService#exitCandidates} and {@link HouseholdService#exitStanding}.
 */
@Component
@Transactional(readOnly = true)
class ExitStandings {

    /** R3: the categories that exit; monitoring objects never do. */
    private static final Set<Category> EXITING = EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);

    private final HouseholdRepository households;
    private final RegionAccess access;
    private final ExitIncomes exitIncomes;

    ExitStandings(HouseholdRepository households, RegionAccess access, ExitIncomes exitIncomes) {
        this.households = households;
        this.access = access;
        this.exitIncomes = exitIncomes;
    }

    ExitCandidates candidates(RegionCode area, int year, BigDecimal povertyLine) {
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

    /** The caller has checked it may read the household. */
    ExitStanding standing(long householdId, int year) {
        return households
                .findIncome(householdId, year, countingMonth(year))
                .map(ExitStandings::standing)
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
}
