package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.HouseholdPopulation;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jiandang.identification.IdentificationVariables.*;

/** Starts identifications and records what each step decides; the process only carries ids, codes and flags. */
@Service
@Transactional
public class IdentificationService {

    static final String PROCEDURE = "IDENTIFICATION";
    private static final Set<Category> KINDS =
            EnumSet.of(Category.NEWLY_POOR, Category.RETURNED, Category.MONITORED, Category.MARGINAL);

    private final FeatureAccess features;
    private final IdentificationCaseRepository cases;
    private final ObjectionRepository objections;
    private final HouseholdService households;
    private final HouseholdPopulation population;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final WorkTasks tasks;
    private final MonitoringScaleCheck scaleCheck;
    private final IdentificationSettings settings;
    private final Clock clock;

    IdentificationService(
            IdentificationCaseRepository cases,
            ObjectionRepository objections,
            HouseholdService households,
            HouseholdPopulation population,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current,
            RuntimeService runtimeService,
            TaskService taskService,
            WorkTasks tasks,
            MonitoringScaleCheck scaleCheck,
            IdentificationSettings settings,
            FeatureAccess features,
            Clock clock) {
        this.features = features;
        this.cases = cases;
        this.objections = objections;
        this.households = households;
        this.population = population;
        this.regions = regions;
        this.access = access;
        this.current = current;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.tasks = tasks;
        this.scaleCheck = scaleCheck;
        this.settings = settings;
        this.clock = clock;
    }

    /** A village officer applies for a registered household of its village. */
    public long start(long householdId, Category kind, Set<PovertyFactor> factors, Channel channel) {
        return apply(new IdentificationApplication(channel, kind, householdId, null, factors, null))
                .id();
    }

    /**
     * Starts an identification from any channel: the village's own entry (village officers only) or the app,
     * the 12317 hotline and the online service hall (officers of the household's region).
     */
    public StartedIdentification apply(IdentificationApplication application) {
        FieldErrors errors = new FieldErrors()
                .require(application.channel() != null, "channel", "请选择申请渠道")
                .require(application.kind() != null, "kind", "请选择识别类型")
                .require(
                        application.householdId() != null ^ application.applicant() != null,
                        "householdId",
                        "请填写已登记农户的户编号，或填写新申请户的信息（二者选一）");
        errors.throwIfAny("申请信息不完整");
        if (!KINDS.contains(application.kind())) {
            throw new IdentificationRefusedException(
                    "识别只能申请为新致贫户、返贫户、脱贫监测户或边缘户，不能申请为" + application.kind().label());
        }
        Set<PovertyFactor> factors = application.causes() == null ? Set.of() : application.causes();
        FieldErrors details = new FieldErrors();
        checkFactors(details, application.kind(), factors, application.returnCause(), "causes");
        RegionCode applicantVillage =
                application.applicant() == null ? null : checkApplicant(details, application.applicant());
        details.throwIfAny("申请信息不完整");
        return application.householdId() != null
                ? startRegistered(application, factors)
                : startNew(application, applicantVillage, factors);
    }

    private StartedIdentification startRegistered(IdentificationApplication application, Set<PovertyFactor> factors) {
        long householdId = application.householdId();
        RegionCode village = households.villageOf(householdId);
        Officer officer = checkMayApply(village, application.channel());
        features.checkOpen(Feature.forIdentification(application.kind().name()), village);
        Category current = households.categoryOf(householdId);
        if (!Category.mayIdentify(current, application.kind())) {
            throw new IdentificationRefusedException(
                    Category.labelOf(current) + "不能识别为" + application.kind().label());
        }
        if (cases.existsByOpenHouseholdId(householdId)) {
            throw new DuplicateIdentificationException();
        }
        IdentificationCase c = newCase(householdId, village, application, factors, officer);
        return launch(c, village);
    }

    private StartedIdentification startNew(
            IdentificationApplication application, RegionCode village, Set<PovertyFactor> factors) {
        IdentificationApplication.Applicant applicant = application.applicant();
        Officer officer = checkMayApply(village, application.channel());
        features.checkOpen(Feature.forIdentification(application.kind().name()), village);
        if (!Category.mayIdentify(null, application.kind())) {
            throw new IdentificationRefusedException(
                    "尚未登记的农户只能申请识别为新致贫户或边缘户，不能识别为" + application.kind().label());
        }
        List<String> idNumbers = applicant.members().stream()
                .map(m -> m.idNumber().toUpperCase())
                .toList();
        for (String idNumber : idNumbers) {
            if (population.isRegistered(idNumber)) {
                throw new IdentificationRefusedException(
                        "身份证号码 " + Masking.idNumber(idNumber) + " 已是已登记农户的成员，请对该户申请识别");
            }
        }
        if (cases.existsOpenWithApplicant(idNumbers)) {
            throw new DuplicateIdentificationException();
        }
        IdentificationCase c = newCase(null, village, application, factors, officer);
        c.applicant(applicant.contactPhone().strip(), applicant.members());
        return launch(c, village);
    }

    private IdentificationCase newCase(
            Long householdId,
            RegionCode village,
            IdentificationApplication application,
            Set<PovertyFactor> factors,
            Officer officer) {
        return new IdentificationCase(
                householdId,
                village.value(),
                application.kind(),
                application.channel(),
                factors,
                application.returnCause(),
                officer.username(),
                Instant.now(clock));
    }

    private StartedIdentification launch(IdentificationCase draft, RegionCode village) {
        IdentificationCase c;
        try {
            c = cases.saveAndFlush(draft);
        } catch (DataIntegrityViolationException e) {
            // only the one-open-case keys mean "already applied"; any other refusal is not that
            if (OpenCaseKeys.violated(e)) {
                throw new DuplicateIdentificationException();
            }
            throw e;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id());
        if (c.householdId() != null) {
            variables.put(HOUSEHOLD_ID, c.householdId());
        }
        variables.put(VILLAGE_CODE, village.value());
        variables.put(REGION_CODE, village.value());
        variables.put(KIND, c.kind().name());
        variables.put(CHANNEL, c.view().channel().name());
        variables.put(MONITORING_OBJECT, c.kind().isMonitoringObject());
        variables.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(village));
        variables.put(TOWNSHIP_GROUP, Role.TOWNSHIP_OFFICER.group(village.ancestor(RegionLevel.TOWNSHIP)));
        variables.put(COUNTY_GROUP, Role.COUNTY_OFFICER.group(village.ancestor(RegionLevel.COUNTY)));
        variables.put(NOTICE_DURATION, settings.noticeDuration());
        variables.put(ESCALATION_AFTER, settings.escalationAfter());
        ProcessInstance instance =
                runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id()), variables);
        c.started(instance.getId());
        return new StartedIdentification(c.id(), instance.getId());
    }

    private Officer checkMayApply(RegionCode village, Channel channel) {
        return channel == Channel.VILLAGE
                ? access.checkChange(village, Role.VILLAGE_OFFICER)
                : access.checkChange(
                        village,
                        Role.VILLAGE_OFFICER,
                        Role.TOWNSHIP_OFFICER,
                        Role.COUNTY_OFFICER,
                        Role.PROVINCE_OFFICER,
                        Role.CENTRE_ADMIN);
    }

    private RegionCode checkApplicant(FieldErrors errors, IdentificationApplication.Applicant applicant) {
        errors.requireText(applicant.villageCode(), "household.villageCode", "请填写所在村的行政区划代码");
        errors.requireText(applicant.contactPhone(), "household.contactPhone", "请填写真实的联系电话（R10）");
        if (applicant.contactPhone() != null && !applicant.contactPhone().isBlank()) {
            // R10: the registry's own phone rule, whatever the channel
            ContactPhone.problem(applicant.contactPhone())
                    .ifPresent(problem -> errors.require(false, "household.contactPhone", problem));
        }
        List<IdentificationApplication.ApplicantMember> members =
                applicant.members() == null ? List.of() : applicant.members();
        errors.require(!members.isEmpty(), "household.members", "一户至少要有一名成员（户主）");
        errors.require(
                members.stream().filter(m -> m.relation() == Relation.HEAD).count() == 1,
                "household.members",
                "须有且只有一名户主");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            IdentificationApplication.ApplicantMember m = members.get(i);
            String at = "household.members[" + i + "].";
            int number = i + 1;
            errors.requireText(m.name(), at + "name", "第" + (i + 1) + "名成员缺少姓名");
            errors.require(m.relation() != null, at + "relation", "第" + (i + 1) + "名成员缺少与户主关系");
            IdNumber.check(m.idNumber())
                    .ifPresent(v -> errors.require(false, at + "idNumber", "第" + number + "名成员：" + v.message()));
            if (m.idNumber() != null) {
                errors.require(seen.add(m.idNumber().toUpperCase()), at + "idNumber", "同一身份证号码在本户中出现两次");
            }
        }
        RegionCode village = null;
        if (applicant.villageCode() != null && applicant.villageCode().matches("\\d{12}")) {
            village = RegionCode.of(applicant.villageCode());
            errors.require(
                    village.level() == RegionLevel.VILLAGE
                            && regions.find(village).isPresent(),
                    "household.villageCode",
                    "行政区划代码 " + applicant.villageCode() + " 不是已知的村");
        } else if (applicant.villageCode() != null && !applicant.villageCode().isBlank()) {
            errors.require(false, "household.villageCode", "行政区划代码必须是12位数字");
        }
        return village;
    }

    @Transactional(readOnly = true)
    public IdentificationCaseView find(long caseId) {
        IdentificationCaseView c = load(caseId).view();
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }

    /** The open identification of a household, if any (for the household page). */
    @Transactional(readOnly = true)
    public java.util.Optional<IdentificationCaseView> openCaseOf(long householdId) {
        return cases.findByOpenHouseholdId(householdId)
                .map(IdentificationCase::view)
                .filter(c -> access.mayRead(RegionCode.of(c.villageCode())));
    }

    @Transactional(readOnly = true)
    public List<ObjectionView> objections(long caseId) {
        find(caseId);
        return objections.findByCaseIdOrderById(caseId).stream()
                .map(Objection::view)
                .toList();
    }

    /** The objection a "handle objection" task is about. */
    @Transactional(readOnly = true)
    public ObjectionView objectionOf(String taskId) {
        TaskRef task = tasks.open(taskId);
        Object id = taskService.getVariable(task.id(), OBJECTION_ID);
        if (!(id instanceof Number n)) {
            throw BusinessException.notFound("该任务没有对应的异议");
        }
        return loadObjection(n.longValue()).view();
    }

    // ---- the steps of the officers ----

    /** Step 1: home verification with the household's signed commitment; kind, causes or risks, return cause. */
    public void completeHomeVerification(String taskId, long caseId, HomeVerification v) {
        IdentificationCase c = loadForTask(taskId, caseId, TASK_HOME_VERIFICATION);
        Category kind = v.kind() == null ? c.kind() : v.kind();
        FieldErrors errors = new FieldErrors().require(v.signedCommitment(), "signedCommitment", "须收取户主签字的承诺授权书");
        if (kind != c.kind()) {
            Category current = c.householdId() == null ? null : households.categoryOf(c.householdId());
            errors.require(
                    KINDS.contains(kind) && Category.mayIdentify(current, kind),
                    "kind",
                    Category.labelOf(current) + "不能识别为" + kind.label());
        }
        Set<PovertyFactor> factors = v.factors() == null ? Set.of() : v.factors();
        checkFactors(errors, kind, factors, v.returnCause(), "factors");
        errors.throwIfAny("入户核实材料不全");
        c.verified(kind, factors, v.returnCause(), true, v.attachmentRef());
        tasks.complete(taskId, Map.of(KIND, kind.name(), MONITORING_OBJECT, kind.isMonitoringObject()), v.comment());
    }

    /** Step 2: democratic appraisal with its minutes; a rejection needs the reason. */
    public void completeAppraisal(String taskId, long caseId, boolean passed, String minutes, String reason) {
        IdentificationCase c = loadForTask(taskId, caseId, TASK_DEMOCRATIC_APPRAISAL);
        new FieldErrors()
                .requireText(minutes, "minutes", "请填写民主评议会议记录")
                .require(passed || (reason != null && !reason.isBlank()), "reason", "评议未通过时必须填写理由")
                .throwIfAny("民主评议材料不全");
        c.appraised(passed, minutes, reason);
        tasks.complete(taskId, Map.of(APPRAISAL_APPROVED, passed), passed ? null : reason);
    }

    /** During the notice: an objection is recorded and the township gets a task to handle it. */
    public long raiseObjection(long caseId, String content) {
        IdentificationCase c = load(caseId);
        Officer officer =
                access.checkChange(RegionCode.of(c.villageCode()), Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER);
        if (content == null || content.isBlank()) {
            throw BusinessException.invalidField("content", "请填写异议内容");
        }
        if (!inNotice(c)) {
            throw new IdentificationRefusedException("该申请不在公示期内，不能登记异议");
        }
        Objection o = objections.saveAndFlush(new Objection(caseId, content, officer.username(), Instant.now(clock)));
        runtimeService
                .createMessageCorrelation(MESSAGE_OBJECTION)
                .processInstanceId(c.processInstanceId())
                .setVariableLocal(OBJECTION_ID, o.id())
                .correlateWithResult();
        return o.id();
    }

    /** Whether the case's public notice is running, so that objections may be raised. */
    @Transactional(readOnly = true)
    public boolean inNotice(long caseId) {
        return inNotice(load(caseId));
    }

    /** The township handles an objection: dismissed, or upheld with the way forward. */
    public void completeObjection(String taskId, boolean upheld, ObjectionAction action, String resolution) {
        ObjectionView o = objectionOf(taskId);
        IdentificationCase c = loadForTask(taskId, o.caseId(), TASK_HANDLE_OBJECTION);
        new FieldErrors()
                .requireText(resolution, "resolution", "请填写异议核查情况")
                .require(!upheld || action != null, "action", "异议成立时请选择处理方式")
                .throwIfAny("异议处理意见不全");
        Objection objection = loadObjection(o.id());
        objection.handle(upheld, action, resolution, officerName(), Instant.now(clock));
        if (upheld) {
            objections.findByCaseIdOrderById(c.id()).stream()
                    .filter(x -> !x.id().equals(objection.id()))
                    .forEach(x -> x.close(officerName(), Instant.now(clock)));
            if (action == ObjectionAction.REJECT) {
                c.reason("公示异议成立：" + resolution.strip());
            }
        }
        tasks.complete(
                taskId,
                Map.of(OBJECTION_UPHELD, upheld, OBJECTION_ACTION, upheld ? action.name() : "NONE"),
                resolution);
    }

    /** Step 4: the township approves, rejects, or returns the case to the village with a comment. */
    public void completeTownshipReview(String taskId, long caseId, TownshipDecision decision, String comment) {
        IdentificationCase c = loadForTask(taskId, caseId, TASK_TOWNSHIP_REVIEW);
        new FieldErrors()
                .require(decision != null, "decision", "请选择审核结果")
                .require(
                        decision == null
                                || decision == TownshipDecision.APPROVE
                                || (comment != null && !comment.isBlank()),
                        "comment",
                        "不同意或退回时必须填写理由")
                .throwIfAny("审核意见不全");
        c.townshipReviewed(decision, comment);
        tasks.complete(taskId, Map.of(TOWNSHIP_DECISION, decision.name()), comment);
    }

    /** Step 5: the county approves or rejects; approving over the R2 limit needs an override reason, kept. */
    public void completeCountyApproval(
            String taskId, long caseId, boolean approved, String overrideReason, String comment) {
        IdentificationCase c = loadForTask(taskId, caseId, TASK_COUNTY_APPROVAL);
        new FieldErrors()
                .require(
                        !approved
                                || c.scaleStatus() != ScaleStatus.OVER
                                || (overrideReason != null && !overrideReason.isBlank()),
                        "overrideReason",
                        "监测对象规模已超出上限，批准时必须填写理由")
                .require(approved || (comment != null && !comment.isBlank()), "comment", "不批准时必须填写理由")
                .throwIfAny("审批意见不全");
        c.countyDecided(approved, approved && c.scaleStatus() == ScaleStatus.OVER ? overrideReason : null, comment);
        tasks.complete(taskId, Map.of(COUNTY_APPROVED, approved), comment);
    }

    /** The level above acknowledges an overdue case with its instruction. */
    public void completeSupervision(String taskId, long caseId, String instruction) {
        loadForTask(taskId, caseId, TASK_SUPERVISE_OVERDUE);
        if (instruction == null || instruction.isBlank()) {
            throw BusinessException.invalidField("comment", "请填写督办意见");
        }
        tasks.complete(taskId, Map.of(), instruction);
    }

    // ---- called by the process ----

    /** The text of the village notice: head's name, village, kind, causes or risks; no ID, phone or bank numbers. */
    @Transactional(readOnly = true)
    public String noticeText(long caseId) {
        IdentificationCase c = load(caseId);
        IdentificationCaseView v = c.view();
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        return "公示：经入户核实和村民代表民主评议，拟将" + regions.name(RegionCode.of(v.villageCode())) + headName(c)
                + "户识别为" + v.kind().label() + "，"
                + FactorKind.forCategory(v.kind()).label() + "："
                + labels(c.registryFactors()) + "。公示期自" + from + "至"
                + from.plusDays(Math.max(1, settings.notice().toDays())) + "，如有异议，请向村委会或乡镇人民政府反映。";
    }

    public void publishNotice(long caseId) {
        String text = noticeText(caseId);
        load(caseId).noticePublished(text, Instant.now(clock));
    }

    /** R2 for monitored and marginal households: the decision's limit and status, kept on the case. */
    public ScaleStatus checkMonitoringScale(long caseId) {
        IdentificationCase c = load(caseId);
        int size = c.householdId() == null ? c.applicants().size() : population.size(c.householdId());
        MonitoringScaleCheck.Result r = scaleCheck.check(RegionCode.of(c.villageCode()), size);
        c.scaleChecked(r.registeredPoor(), r.monitored(), r.deepPoverty(), r.limitPercent(), r.status());
        return r.status();
    }

    public void announce(long caseId) {
        IdentificationCase c = load(caseId);
        c.announced(
                regions.path(RegionCode.of(c.villageCode()).ancestor(RegionLevel.COUNTY)) + "公告：经县级审批，"
                        + regions.name(RegionCode.of(c.villageCode())) + headName(c) + "户识别为"
                        + c.kind().label() + "。",
                Instant.now(clock));
    }

    /** Approved: a new household is registered now; the household enters the category with history. */
    public long register(long caseId, String processInstanceId, String actor) {
        IdentificationCase c = load(caseId);
        long householdId = c.householdId() != null
                ? c.householdId()
                : households.register(new NewHousehold(
                        RegionCode.of(c.villageCode()),
                        c.contactPhone(),
                        false,
                        c.applicants().stream()
                                .map(a -> new NewHousehold.NewMember(a.name, a.idNumber, a.relation))
                                .toList()));
        YearMonth month = YearMonth.now(clock);
        c.register(householdId, month, actor, Instant.now(clock));
        households.changeCategory(new CategoryChangeRequest(
                householdId, c.kind(), month, c.registryFactors(), actor, PROCEDURE, processInstanceId));
        return householdId;
    }

    /** Rejected: the household keeps its category; the case keeps the reason. */
    public void reject(long caseId, String actor) {
        load(caseId).decide(false, actor, Instant.now(clock));
    }

    /** The case is overdue: the level above the one holding it gets a task; returns that level's group. */
    public String escalate(long caseId) {
        IdentificationCase c = load(caseId);
        RegionCode village = RegionCode.of(c.villageCode());
        RegionLevel holder = RegionLevel.VILLAGE;
        for (Task t : taskService
                .createTaskQuery()
                .processInstanceId(c.processInstanceId())
                .list()) {
            RegionLevel level = switch (t.getTaskDefinitionKey()) {
                case TASK_HANDLE_OBJECTION, TASK_TOWNSHIP_REVIEW -> RegionLevel.TOWNSHIP;
                case TASK_COUNTY_APPROVAL -> RegionLevel.COUNTY;
                default -> RegionLevel.VILLAGE;
            };
            if (level.ordinal() < holder.ordinal()) {
                holder = level;
            }
        }
        String group = switch (holder) {
            case VILLAGE -> Role.TOWNSHIP_OFFICER.group(village.ancestor(RegionLevel.TOWNSHIP));
            case TOWNSHIP -> Role.COUNTY_OFFICER.group(village.ancestor(RegionLevel.COUNTY));
            default -> Role.PROVINCE_OFFICER.group(village.ancestor(RegionLevel.PROVINCE));
        };
        c.escalated(group, Instant.now(clock));
        return group;
    }

    // ---- helpers ----

    private boolean inNotice(IdentificationCase c) {
        return c.status() == CaseStatus.OPEN
                && c.processInstanceId() != null
                && runtimeService
                                .createExecutionQuery()
                                .processInstanceId(c.processInstanceId())
                                .activityId(NOTICE_TIMER)
                                .count()
                        > 0;
    }

    private IdentificationCase loadForTask(String taskId, long caseId, String taskKey) {
        TaskRef task = tasks.open(taskId);
        if (!PROCESS_KEY.equals(task.processDefinitionKey())
                || task.caseId() == null
                || task.caseId() != caseId
                || !taskKey.equals(task.taskDefinitionKey())) {
            throw access.refuse("IdentificationCase", String.valueOf(caseId), null, "任务与识别申请不符，请从任务列表重新打开");
        }
        return load(caseId);
    }

    private String headName(IdentificationCase c) {
        if (c.householdId() == null) {
            return c.view().applicantHeadName();
        }
        var summary = households.summaries(List.of(c.householdId())).get(c.householdId());
        return summary == null ? "" : summary.headName();
    }

    private String officerName() {
        return current.require().username();
    }

    private IdentificationCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> BusinessException.notFound("识别申请 " + caseId + " 不存在"));
    }

    private Objection loadObjection(long id) {
        return objections.findById(id).orElseThrow(() -> BusinessException.notFound("异议 " + id + " 不存在"));
    }

    private static String labels(Set<PovertyFactor> factors) {
        return factors.stream()
                .sorted()
                .map(PovertyFactor::label)
                .reduce((a, b) -> a + "、" + b)
                .orElse("");
    }

    private static void checkFactors(
            Category kind, Set<PovertyFactor> factors, PovertyFactor returnCause, String field) {
        FieldErrors errors = new FieldErrors();
        checkFactors(errors, kind, factors, returnCause, field);
        errors.throwIfAny("原因或风险填写有误");
    }

    private static void checkFactors(
            FieldErrors errors, Category kind, Set<PovertyFactor> factors, PovertyFactor returnCause, String field) {
        if (kind == Category.RETURNED) {
            errors.require(returnCause != null, "returnCause", "返贫户须填写返贫原因");
            errors.require(
                    returnCause == null || returnCause.isCause(),
                    "returnCause",
                    returnCause == null ? "" : returnCause.label() + "是风险类型，不能作为返贫原因");
        } else {
            errors.require(returnCause == null, "returnCause", "只有返贫户填写返贫原因");
            errors.require(
                    !factors.isEmpty(),
                    field,
                    "请至少选择一项" + FactorKind.forCategory(kind).label());
        }
        if (!kind.isMonitoringObject()) {
            factors.stream()
                    .filter(f -> !f.isCause())
                    .findFirst()
                    .ifPresent(f -> errors.require(false, field, f.label() + "是风险类型，不能作为致贫或返贫原因"));
        }
    }
}
