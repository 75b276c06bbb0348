package cn.jiandang.riskelimination;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.RiskEliminationRecorder;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jiandang.riskelimination.RiskEliminationVariables.*;

/** R3: monitored and marginal households never exit; their "risk eliminated" flag is set through this procedure. */
@Service
@Transactional
public class RiskEliminationService {

    private final RiskEliminationCaseRepository cases;
    private final HouseholdService households;
    private final RiskEliminationRecorder recorder;
    private final RegionService regions;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final RuntimeService runtimeService;
    private final WorkTasks tasks;
    private final String noticeDuration;
    private final Clock clock;

    RiskEliminationService(
            RiskEliminationCaseRepository cases,
            HouseholdService households,
            RiskEliminationRecorder recorder,
            RegionService regions,
            RegionAccess access,
            FeatureAccess features,
            RuntimeService runtimeService,
            WorkTasks tasks,
            @Value("${jiandang.riskelimination.notice-duration:P7D}") String noticeDuration,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.recorder = recorder;
        this.regions = regions;
        this.access = access;
        this.features = features;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.noticeDuration = noticeDuration;
        this.clock = clock;
    }

    /** Whether the household may be proposed at all (for the household page's button). */
    @Transactional(readOnly = true)
    public boolean mayPropose(long householdId, Category category, boolean riskEliminated) {
        return category != null
                && category.isMonitoringObject()
                && !riskEliminated
                && !cases.existsByOpenHouseholdId(householdId);
    }

    /** The village proposes with its evidence; every missing item is named. R12: risk elimination open. */
    public long propose(long householdId, RiskEvidence evidence) {
        RegionCode village = households.villageOf(householdId);
        Officer officer = access.checkChange(village, Role.VILLAGE_OFFICER);
        features.checkOpen(Feature.RISK_ELIMINATION, village);
        Category category = households.categoryOf(householdId);
        if (category == null || !category.isMonitoringObject()) {
            throw new RiskEliminationRefusedException(Category.labelOf(category) + "不能申请风险消除：只有脱贫监测户和边缘户标注风险消除（R3）");
        }
        if (recorder.isRiskEliminated(householdId)) {
            throw new RiskEliminationRefusedException("该户已标注致贫（返贫）风险已消除");
        }
        checkEvidence(evidence);
        if (cases.existsByOpenHouseholdId(householdId)) {
            throw new RiskEliminationRefusedException("该户已有一个办理中的风险消除申请，不能重复申请");
        }
        // the income period of the proposal: the twelve months before the month of the proposal
        YearMonth month = YearMonth.now(clock);
        RiskEliminationCase c;
        try {
            c = cases.saveAndFlush(new RiskEliminationCase(
                    householdId,
                    village.value(),
                    category,
                    evidence,
                    month.minusYears(1).atDay(1),
                    month.minusMonths(1).atEndOfMonth(),
                    officer.username(),
                    Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new RiskEliminationRefusedException("该户已有一个办理中的风险消除申请，不能重复申请");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id());
        variables.put(REGION_CODE, village.value());
        variables.put(HOUSEHOLD_ID, householdId);
        variables.put(VILLAGE_CODE, village.value());
        variables.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(village));
        variables.put(TOWNSHIP_GROUP, Role.TOWNSHIP_OFFICER.group(village.ancestor(RegionLevel.TOWNSHIP)));
        variables.put(COUNTY_GROUP, Role.COUNTY_OFFICER.group(village.ancestor(RegionLevel.COUNTY)));
        variables.put(NOTICE_DURATION, noticeDuration);
        c.started(runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id()), variables)
                .getId());
        return c.id();
    }

    @Transactional(readOnly = true)
    public RiskEliminationCaseView find(long caseId) {
        RiskEliminationCaseView c = load(caseId).view();
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }

    /** Step 1: home verification confirms the evidence, or finds it untrue (with the reason). */
    public void completeHomeVerification(String taskId, long caseId, boolean confirmed, String comment) {
        RiskEliminationCase c = loadForTask(taskId, caseId, TASK_HOME_VERIFICATION);
        new FieldErrors()
                .require(confirmed || notBlank(comment), "comment", "核实不属实时必须填写理由")
                .throwIfAny("入户核实意见不全");
        if (!confirmed) {
            c.reason("入户核实不属实：" + comment.strip());
        }
        tasks.complete(taskId, Map.of(VERIFICATION_CONFIRMED, confirmed), comment);
    }

    public void completeAppraisal(String taskId, long caseId, boolean passed, String minutes, String reason) {
        RiskEliminationCase c = loadForTask(taskId, caseId, TASK_DEMOCRATIC_APPRAISAL);
        new FieldErrors()
                .requireText(minutes, "minutes", "请填写民主评议会议记录")
                .require(passed || notBlank(reason), "reason", "评议未通过时必须填写理由")
                .throwIfAny("民主评议材料不全");
        c.appraised(passed, minutes);
        if (!passed) {
            c.reason(reason);
        }
        tasks.complete(taskId, Map.of(APPRAISAL_APPROVED, passed), passed ? null : reason);
    }

    public void completeTownshipReview(String taskId, long caseId, ReviewDecision decision, String comment) {
        RiskEliminationCase c = loadForTask(taskId, caseId, TASK_TOWNSHIP_REVIEW);
        new FieldErrors()
                .require(decision != null, "decision", "请选择审核结果")
                .require(
                        decision == null || decision == ReviewDecision.APPROVE || notBlank(comment),
                        "comment",
                        "不同意或退回时必须填写理由")
                .throwIfAny("审核意见不全");
        c.townshipReviewed(decision);
        if (decision == ReviewDecision.REJECT) {
            c.reason(comment);
        }
        tasks.complete(taskId, Map.of(TOWNSHIP_DECISION, decision.name()), comment);
    }

    public void completeCountyApproval(String taskId, long caseId, boolean approved, String comment) {
        RiskEliminationCase c = loadForTask(taskId, caseId, TASK_COUNTY_APPROVAL);
        new FieldErrors()
                .require(approved || notBlank(comment), "comment", "不批准时必须填写理由")
                .throwIfAny("审批意见不全");
        if (!approved) {
            c.reason(comment);
        }
        tasks.complete(taskId, Map.of(COUNTY_APPROVED, approved), comment);
    }

    // ---- called by the process ----

    /** The notice names the head, the village and the category; no ID, phone or bank numbers. */
    public void publishNotice(long caseId) {
        RiskEliminationCase c = load(caseId);
        RiskEliminationCaseView v = c.view();
        HouseholdSummary h = households.summaries(List.of(c.householdId())).get(c.householdId());
        c.noticePublished("公示：经入户核实和村民代表民主评议，" + regions.name(RegionCode.of(v.villageCode()))
                + (h == null ? "" : h.headName()) + "户（" + v.category().label()
                + "）经帮扶，致贫（返贫）风险已消除，拟予认定。如有异议，请向村委会或乡镇人民政府反映。");
    }

    /** Approved: the flag is set to yes with a new version of the household. */
    public void markEliminated(long caseId, String actor) {
        RiskEliminationCase c = load(caseId);
        recorder.markEliminated(c.householdId());
        c.decide(true, actor, Instant.now(clock));
    }

    /** Rejected: the flag stays no; the case keeps the reason. */
    public void reject(long caseId, String actor) {
        load(caseId).decide(false, actor, Instant.now(clock));
    }

    private static void checkEvidence(RiskEvidence e) {
        new FieldErrors()
                .require(e.perCapitaIncome() != null, "perCapitaIncome", "请填写收入计算周期内的人均纯收入")
                .require(e.monitoringLine() != null, "monitoringLine", "请填写监测标准")
                .require(
                        e.perCapitaIncome() == null
                                || e.monitoringLine() == null
                                || e.perCapitaIncome().compareTo(e.monitoringLine()) > 0,
                        "perCapitaIncome",
                        "人均纯收入须高于监测标准")
                .require(e.schoolingSecure(), "schoolingSecure", "义务教育须有保障")
                .require(e.medicalSecure(), "medicalSecure", "基本医疗须有保障")
                .require(e.housingSecure(), "housingSecure", "住房安全须有保障")
                .require(e.drinkingWaterSecure(), "drinkingWaterSecure", "饮水安全须有保障")
                .require(e.riskGone(), "riskGone", "原有致贫（返贫）风险须已消除")
                .require(e.noNewRisk(), "noNewRisk", "须无新的致贫（返贫）风险")
                .throwIfAny("风险消除的佐证不全");
    }

    private RiskEliminationCase loadForTask(String taskId, long caseId, String taskKey) {
        TaskRef task = tasks.open(taskId);
        if (!PROCESS_KEY.equals(task.processDefinitionKey())
                || task.caseId() == null
                || task.caseId() != caseId
                || !taskKey.equals(task.taskDefinitionKey())) {
            throw BusinessException.invalid("任务与风险消除申请不符，请从任务列表重新打开");
        }
        return load(caseId);
    }

    private RiskEliminationCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> BusinessException.notFound("风险消除申请 " + caseId + " 不存在"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
