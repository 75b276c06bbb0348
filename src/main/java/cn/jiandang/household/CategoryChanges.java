package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.CategoryChange;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The writes only procedures decide (issue 18, item 4): a household's category and its "risk eliminated" flag.
 * Package-private on purpose: its one caller is {@link HouseholdService}, whose {@code changeCategory} the
 * {@code ArchitectureRulesTest} lets only the procedures' process callbacks (and the demo seeder) call.
 */
@Component
@Transactional
class CategoryChanges {

    private final HouseholdRepository households;
    private final RegionAccess access;
    private final Versions versions;
    private final Clock clock;

    CategoryChanges(HouseholdRepository households, RegionAccess access, Versions versions, Clock clock) {
        this.households = households;
        this.access = access;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * The officer whose step led here must be allowed to change the household's region, or the caller is the
     * system (the job executor).
     */
    void change(CategoryChangeRequest request) {
        Household h = households
                .findById(request.householdId())
                .orElseThrow(() -> new HouseholdNotFoundException(request.householdId()));
        access.checkChangeOrSystem(RegionCode.of(h.villageCode()), RegistryRules.editors());
        if (request.identificationMonth() != null
                && request.identificationMonth().isAfter(YearMonth.now(clock))) {
            throw BusinessException.invalidField(
                    "identificationMonth", "识别月份 " + request.identificationMonth() + " 不能晚于本月");
        }
        h.changeCategory(
                request.to(),
                request.identificationMonth(),
                new CategoryChange(
                        h.category(),
                        request.to(),
                        Instant.now(clock),
                        request.actor(),
                        request.procedure(),
                        request.processInstanceId()));
        if (request.factors() != null && !request.factors().isEmpty()) {
            h.replaceFactors(FactorKind.forCategory(request.to()), request.factors());
        }
        versions.record(h, request.actor(), request.procedure(), request.processInstanceId());
    }

    /** R3: only a monitored or marginal household has its risk eliminated. */
    void markRiskEliminated(long householdId, String actor, String processInstanceId) {
        Household h = households.findById(householdId).orElseThrow(() -> new HouseholdNotFoundException(householdId));
        if (h.category() == null || !h.category().isMonitoringObject()) {
            throw BusinessException.invalid("只有脱贫监测户和边缘户才标注“风险已消除”");
        }
        h.markRiskEliminated();
        versions.record(h, actor, "RISK_ELIMINATION", processInstanceId);
    }
}
