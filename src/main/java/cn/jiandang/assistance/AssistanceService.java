package cn.jiandang.assistance;

import cn.jiandang.common.BusinessException;
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
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jiandang.assistance.AssistanceVariables.*;

/**
 * County or township assigns measures and a responsible helper; the village records each measure carried out;
 * the assigning level confirms. Marginal households go through the same channel as the others (R3).
 */
@Service
@Transactional
public class AssistanceService {

    /** Households that receive measures: the poor and the four categories counted daily. */
    public static final Set<Category> ELIGIBLE =
            EnumSet.of(Category.POOR, Category.RETURNED, Category.NEWLY_POOR, Category.MONITORED, Category.MARGINAL);

    private final AssistancePlanRepository plans;
    private final HouseholdService households;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final WorkTasks tasks;
    private final Clock clock;

    AssistanceService(
            AssistancePlanRepository plans,
            HouseholdService households,
            RegionAccess access,
            FeatureAccess features,
            RuntimeService runtimeService,
            TaskService taskService,
            WorkTasks tasks,
            Clock clock) {
        this.plans = plans;
        this.households = households;
        this.access = access;
        this.features = features;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.tasks = tasks;
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
        plan = plans.saveAndFlush(plan);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, plan.id());
        variables.put(REGION_CODE, village.value());
        variables.put(HOUSEHOLD_ID, householdId);
        variables.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(village));
        variables.put(REVIEW_GROUP, reviewGroup);
        plan.started(runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(plan.id()), variables)
                .getId());
        return plan.id();
    }

    @Transactional(readOnly = true)
    public AssistancePlanView find(long planId) {
        AssistancePlanView plan = load(planId).view();
        access.checkRead(RegionCode.of(plan.villageCode()));
        return plan;
    }

    /** The measure a "record measure" task is about. */
    @Transactional(readOnly = true)
    public MeasureView measureOf(String taskId) {
        TaskRef task = tasks.open(taskId);
        Object id = taskService.getVariable(task.id(), MEASURE_ID);
        if (!(id instanceof Number n)) {
            throw BusinessException.notFound("该任务没有对应的帮扶措施");
        }
        return load(task.caseId()).view().measures().stream()
                .filter(m -> m.id() == n.longValue())
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("帮扶措施 " + n + " 不存在"));
    }

    /**
     * The village records one measure as carried out: date, amount and the project it belongs to; R12: only while
     * assistance entry is open in the province (the task stays open until it is).
     */
    public void recordMeasure(String taskId, LocalDate carriedOutOn, BigDecimal amount, String projectRef) {
        MeasureView m = measureOf(taskId);
        checkTask(taskId, m.planId(), TASK_RECORD_MEASURE);
        features.checkOpen(Feature.ASSISTANCE, RegionCode.of(load(m.planId()).villageCode()));
        new FieldErrors()
                .require(carriedOutOn != null, "carriedOutOn", "请填写落实日期")
                .require(
                        carriedOutOn == null || !carriedOutOn.isAfter(LocalDate.now(clock)),
                        "carriedOutOn",
                        "落实日期不能晚于今天")
                .require(amount != null, "actualAmount", "请填写落实金额（没有资金投入的填0）")
                .require(amount == null || amount.signum() >= 0, "actualAmount", "落实金额不能为负数")
                .throwIfAny("落实情况填写不全");
        AssistanceMeasure measure = load(m.planId()).measures().stream()
                .filter(x -> x.id() == m.id())
                .findFirst()
                .orElseThrow();
        measure.record(
                carriedOutOn,
                amount.setScale(2, java.math.RoundingMode.HALF_UP),
                projectRef,
                access.checkChange(RegionCode.of(load(m.planId()).villageCode()), Role.VILLAGE_OFFICER)
                        .username(),
                Instant.now(clock));
        tasks.complete(taskId, Map.of(), null);
    }

    /** The assigning level confirms, or returns chosen measures for completion with a comment. */
    public void completeReview(
            String taskId, long planId, boolean confirmed, Set<Long> returnedMeasureIds, String comment) {
        checkTask(taskId, planId, TASK_REVIEW);
        AssistancePlan plan = load(planId);
        Set<Long> returned = returnedMeasureIds == null ? Set.of() : returnedMeasureIds;
        new FieldErrors()
                .require(confirmed || !returned.isEmpty(), "returnedMeasures", "退回时请选择需要补充的措施")
                .require(confirmed || (comment != null && !comment.isBlank()), "comment", "退回时必须填写理由")
                .throwIfAny("核验意见不全");
        if (!confirmed) {
            plan.measures().stream()
                    .filter(m -> returned.contains(m.id()))
                    .forEach(m -> m.returnForCompletion(comment));
        }
        plan.reviewed(comment);
        tasks.complete(taskId, Map.of(IMPLEMENTATION_CONFIRMED, confirmed), comment);
    }

    // ---- called by the process ----

    public List<Long> pendingMeasureIds(long planId) {
        return load(planId).measures().stream()
                .filter(m -> m.status() == MeasureStatus.PLANNED || m.status() == MeasureStatus.RETURNED)
                .map(AssistanceMeasure::id)
                .toList();
    }

    public void close(long planId, String actor) {
        load(planId).close(actor, Instant.now(clock));
    }

    private void checkTask(String taskId, long planId, String taskKey) {
        TaskRef task = tasks.open(taskId);
        if (!PROCESS_KEY.equals(task.processDefinitionKey())
                || task.caseId() == null
                || task.caseId() != planId
                || !taskKey.equals(task.taskDefinitionKey())) {
            throw BusinessException.invalid("任务与帮扶措施不符，请从任务列表重新打开");
        }
    }

    private AssistancePlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> BusinessException.notFound("帮扶计划 " + planId + " 不存在"));
    }
}
