package cn.jiandang.assistance;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static cn.jiandang.assistance.AssistanceVariables.*;

/** The officers' steps of an assistance plan: the village records each measure, the assigning level confirms. */
@Service
@Transactional
public class AssistanceSteps {

    private final AssistancePlanRepository plans;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final Clock clock;

    AssistanceSteps(
            AssistancePlanRepository plans,
            RegionAccess access,
            FeatureAccess features,
            CaseTasks caseTasks,
            WorkTasks tasks,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.features = features;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The measure a "record measure" task is about. */
    @Transactional(readOnly = true)
    public MeasureView measureOf(String taskId) {
        TaskRef task = tasks.open(taskId);
        long id = caseTasks.idOf(taskId, MEASURE_ID, "该任务没有对应的帮扶措施");
        return plans.require(task.caseId()).view().measures().stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("帮扶措施 " + id + " 不存在"));
    }

    /**
     * The village records one measure as carried out: date, amount and the project it belongs to; R12: only while
     * assistance entry is open in the province (the task stays open until it is).
     */
    public void recordMeasure(String taskId, LocalDate carriedOutOn, BigDecimal amount, String projectRef) {
        MeasureView m = measureOf(taskId);
        caseTasks.open(taskId, PROCESS_KEY, m.planId(), TASK_RECORD_MEASURE);
        AssistancePlan plan = plans.require(m.planId());
        RegionCode village = RegionCode.of(plan.villageCode());
        features.checkOpen(Feature.ASSISTANCE, village);
        new FieldErrors()
                .require(carriedOutOn != null, "carriedOutOn", "请填写落实日期")
                .require(
                        carriedOutOn == null || !carriedOutOn.isAfter(LocalDate.now(clock)),
                        "carriedOutOn",
                        "落实日期不能晚于今天")
                .require(amount != null, "actualAmount", "请填写落实金额（没有资金投入的填0）")
                .require(amount == null || amount.signum() >= 0, "actualAmount", "落实金额不能为负数")
                .throwIfAny("落实情况填写不全");
        AssistanceMeasure measure = plan.measures().stream()
                .filter(x -> x.id() == m.id())
                .findFirst()
                .orElseThrow();
        measure.record(
                carriedOutOn,
                amount.setScale(2, RoundingMode.HALF_UP),
                projectRef,
                access.checkChange(village, Role.VILLAGE_OFFICER).username(),
                Instant.now(clock));
        tasks.complete(taskId, Map.of(), null);
    }

    /** The assigning level confirms, or returns chosen measures for completion with a comment. */
    public void completeReview(
            String taskId, long planId, boolean confirmed, Set<Long> returnedMeasureIds, String comment) {
        caseTasks.open(taskId, PROCESS_KEY, planId, TASK_REVIEW);
        AssistancePlan plan = plans.require(planId);
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
}
