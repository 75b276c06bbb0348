package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The households of an area that may exit in a year, sorted by their income: candidates (per-capita net income
 * above the poverty line) per village, those at or below the line, and those without a per-capita income for the
 * year (no income recorded, or no member at 30 September).
 */
public record ExitCandidates(
        int year,
        BigDecimal povertyLine,
        Map<RegionCode, List<ExitStanding>> byVillage,
        List<ExitStanding> atOrBelowLine,
        List<ExitStanding> withoutIncome) {}
