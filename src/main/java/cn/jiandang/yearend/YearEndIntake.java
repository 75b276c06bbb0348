package cn.jiandang.yearend;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.ExitCandidates;
import cn.jiandang.household.ExitStanding;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static cn.jiandang.yearend.YearEndVariables.*;

/**
 * Year-end exit: a province or county opens the year's round for its area with the year's poverty line; every village
 * gets one case with its candidates (POOR, NEWLY_POOR, RETURNED whose per-capita net income is above the line; R3:
 * never monitoring objects).
 */
@Service
@Transactional
public class YearEndIntake {

    private final YearEndRoundRepository rounds;
    private final YearEndCaseRepository cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final FeatureAccess features;
    private final Procedures procedures;
    private final YearEndSettings settings;
    private final Clock clock;

    YearEndIntake(
            YearEndRoundRepository rounds,
            YearEndCaseRepository cases,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current,
            FeatureAccess features,
            Procedures procedures,
            YearEndSettings settings,
            Clock clock) {
        this.rounds = rounds;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.current = current;
        this.features = features;
        this.procedures = procedures;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Opens the year's round for the officer's area (province or county) with the year's poverty line: one case per
     * village whose POOR, NEWLY_POOR or RETURNED households have a per-capita net income of the year above the line
     * (R3, R4, R6). Households at or below the line, or without a per-capita income for the year (no income recorded,
     * or no member at 30 September), are counted, not listed.
     */
    public RoundView openRound(int year, int noticeDays, BigDecimal povertyLine) {
        Officer officer = current.require();
        RegionCode area = officer.region();
        access.checkChange(area, Role.PROVINCE_OFFICER, Role.COUNTY_OFFICER);
        if (area.level() != RegionLevel.PROVINCE && area.level() != RegionLevel.COUNTY) {
            throw BusinessException.invalid("年度动态管理由省级或县级开启");
        }
        features.checkOpen(Feature.YEAR_END_EXIT, area);
        new FieldErrors()
                .require(year >= 2013 && year <= 2100, "year", "年度应在2013年到2100年之间")
                .require(noticeDays >= 1 && noticeDays <= 30, "noticeDays", "公示天数应在1到30天之间")
                .require(povertyLine != null && povertyLine.signum() > 0, "povertyLine", "请填写大于0的贫困线（元/人·年）")
                .require(
                        povertyLine == null || povertyLine.stripTrailingZeros().scale() <= 2,
                        "povertyLine",
                        "贫困线最多保留2位小数（元）")
                .throwIfAny("开启年度动态管理的信息有误");
        rounds.lockProvince(area.ancestor(RegionLevel.PROVINCE).value());
        for (YearEndRound other : rounds.findByYear(year)) {
            RegionCode otherArea = RegionCode.of(other.areaCode());
            if (otherArea.contains(area) || area.contains(otherArea)) {
                throw new BusinessException(
                        BusinessException.Kind.CONFLICT, regions.name(otherArea) + year + "年度动态管理已经开启，不能重复开启");
            }
        }
        ExitCandidates found = households.exitCandidates(area, year, povertyLine);
        YearEndRound round = new YearEndRound(
                area.value(), year, noticeDays, povertyLine.setScale(2), officer.username(), Instant.now(clock));
        round.leftOut(found.withoutIncome().size(), found.atOrBelowLine().size());
        rounds.saveAndFlush(round);
        found.byVillage().forEach((village, candidates) -> startCase(round, village, candidates));
        return round.view(found.byVillage().size());
    }

    /** The line the round form suggests (setting {@code jiandang.yearend.poverty-line}). */
    @Transactional(readOnly = true)
    public BigDecimal suggestedPovertyLine() {
        return settings.suggestedPovertyLine();
    }

    private void startCase(YearEndRound round, RegionCode village, List<ExitStanding> candidates) {
        YearEndCase c = new YearEndCase(round, village.value());
        candidates.forEach(h -> c.add(h.householdId(), h.category(), h.perCapitaIncome()));
        cases.saveAndFlush(c);
        c.started(procedures.start(ProcedureStart.of(PROCESS_KEY, c.id(), village)
                .with(ROUND_ID, round.id())
                .with(VILLAGE_CODE, village.value())
                .with(NOTICE_DURATION, "P" + round.noticeDays() + "D")));
    }
}
