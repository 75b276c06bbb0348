package cn.jiandang;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.yearend.YearEndTestSupport;
import org.springframework.data.domain.PageRequest;

import java.math.BigDecimal;
import java.util.List;

/** Incomes for year-end tests, recorded through the registry (the caller must be logged in as an editor). */
public final class TestIncomes {

    /** Far above any line (per capita at least 10 000 yuan for households of up to ten people). */
    public static final BigDecimal HIGH = new BigDecimal("100000.00");

    public static final BigDecimal LINE = new BigDecimal("4000.00");

    private TestIncomes() {}

    /** Records a year's income made of wages only (net income = wages). */
    public static void record(BaseDataService baseData, long householdId, int year, BigDecimal wages) {
        baseData.recordIncome(
                householdId,
                new IncomeRecord(year, wages, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** Gives every household of the village that may exit a high income of the year; returns their ids. */
    public static List<Long> recordHighForExiting(
            BaseDataService baseData, HouseholdService households, RegionCode village, int year) {
        List<Long> ids = households.search(village, null, PageRequest.of(0, 5000)).getContent().stream()
                .filter(h -> h.category() != null && YearEndTestSupport.mayExit(h.category()))
                .map(HouseholdSummary::id)
                .toList();
        ids.forEach(id -> record(baseData, id, year, HIGH));
        return ids;
    }
}
