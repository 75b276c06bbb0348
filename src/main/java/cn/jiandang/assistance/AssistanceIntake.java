package cn.jiandang.assistance;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.jiandang.assistance.AssistanceVariables.*;

/**
 * County or township assigns measures and a responsible helper to a household; the village then records each
 * measure carried out. Marginal households go through the same channel as the others (R3).
 */
@Service
@Transactional
public class AssistanceIntake {

    /** Households that receive measures: the poor and the four categories counted daily. */
    public static final Set<Category> ELIGIBLE =
            EnumSet.of(Category.POOR, Category.RETURNED, Category.NEWLY_POOR, Category.MONITORED, Category.MARGINAL);

    private final AssistancePlanRepository plans;
    private final HouseholdService households;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Procedures procedures;
    private final Clock clock;

    AssistanceIntake(
            AssistancePlanRepository plans,
            HouseholdService households,
            RegionAccess access,
            FeatureAccess features,
            Procedures procedures,
            Clock clock) {
        this.plans = plans;
        this.households = households;
        this.access = access;
        this.features = features;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** A county or township officer assigns measures and the responsible helper; R12: assistance open. */
    public long assign(long householdId, String helperName, String helperUnit, List<NewMeasure> measures) {
        RegionCode village = households.villageOf(householdId);
        Officer officer = access.checkChange(village, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER);
        features.checkOpen(Feature.ASSISTANCE, village);
        Category category = households.categoryOf(householdId);
        if (category == null || !ELIGIBLE.contains(category)) {
            throw new AssistanceRefusedException(
                    Category.labelOf(category) + "不在帮扶措施录入范围：只为贫困户、返贫户、新致贫户、脱贫监测户和边缘户安排帮扶措施");
        }
        FieldErrors errors = new FieldErrors()
                .requireText(helperName, "helperName", "请填写帮扶责任人")
                .require(measures != null && !measures.isEmpty(), "measures", "请至少安排一项帮扶措施");
        List<NewMeasure> list = measures == null ? List.of() : measures;
        for (int i = 0; i < list.size(); i++) {
            NewMeasure m = list.get(i);
            errors.require(m.type() != null, "measures[" + i + "].type", "第" + (i + 1) + "项措施缺少类型");
            errors.requireText(m.description(), "measures[" + i + "].description", "第" + (i + 1) + "项措施缺少内容");
            errors.require(
                    m.plannedAmount() == null || m.plannedAmount().signum() >= 0,
                    "measures[" + i + "].plannedAmount",
                    "第" + (i + 1) + "项措施的计划金额不能为负数");
        }
        errors.throwIfAny("帮扶措施填写不全");
        boolean county = officer.has(Role.COUNTY_OFFICER);
        String reviewGroup = county
                ? Role.COUNTY_OFFICER.group(village.ancestor(RegionLevel.COUNTY))
                : Role.TOWNSHIP_OFFICER.group(village.ancestor(RegionLevel.TOWNSHIP));
        AssistancePlan plan = new AssistancePlan(
                householdId,
                village.value(),
                category,
                helperName,
                helperUnit,
                reviewGroup,
                officer.username(),
                Instant.now(clock));
        list.forEach(plan::add);
        AssistancePlan saved = plans.saveAndFlush(plan);
        saved.started(procedures.start(ProcedureStart.of(PROCESS_KEY, saved.id(), village)
                .household(householdId)
                .with(REVIEW_GROUP, reviewGroup)));
        return saved.id();
    }
}
