package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.ReviewSteps;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static cn.jiandang.identification.IdentificationVariables.*;

/**
 * The officers' steps of a running identification: the village's home verification and appraisal, objections
 * during the notice and the township's handling of them, the township's review, the county's approval, and the
 * supervision of an overdue case. Each records its decision on the case and completes the task.
 */
@Service
@Transactional
public class IdentificationSteps {

    /** The raiser of record of an online objection (the person's name is kept beside it). */
    public static final String ONLINE_RAISER = "online";

    private final IdentificationCaseRepository cases;
    private final ObjectionRepository objections;
    private final IdentificationCases reads;
    private final HouseholdService households;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final ReviewSteps.Review review;
    private final Procedures procedures;
    private final Clock clock;

    IdentificationSteps(
            IdentificationCaseRepository cases,
            ObjectionRepository objections,
            IdentificationCases reads,
            HouseholdService households,
            RegionAccess access,
            CurrentOfficer current,
            CaseTasks caseTasks,
            WorkTasks tasks,
            ReviewSteps reviews,
            Procedures procedures,
            Clock clock) {
        this.cases = cases;
        this.objections = objections;
        this.reads = reads;
        this.households = households;
        this.access = access;
        this.current = current;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.review = reviews.of(PROCESS_KEY);
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Step 1: home verification with the household's signed commitment; kind, causes or risks, return cause. */
    public void completeHomeVerification(String taskId, long caseId, HomeVerification v) {
        IdentificationCase c = loadForTask(taskId, caseId, TASK_HOME_VERIFICATION);
        Category kind = v.kind() == null ? c.kind() : v.kind();
        FieldErrors errors = new FieldErrors().require(v.signedCommitment(), "signedCommitment", "须收取户主签字的承诺授权书");
        if (kind != c.kind()) {
            Category current = c.householdId() == null ? null : households.categoryOf(c.householdId());
            errors.require(
                    IdentificationRules.KINDS.contains(kind) && Category.mayIdentify(current, kind),
                    "kind",
                    Category.labelOf(current) + "不能识别为" + kind.label());
        }
        Set<PovertyFactor> factors = v.factors() == null ? Set.of() : v.factors();
        IdentificationRules.checkFactors(errors, kind, factors, v.returnCause(), "factors");
        errors.throwIfAny("入户核实材料不全");
        c.verified(kind, factors, v.returnCause(), true, v.attachmentRef());
        tasks.complete(taskId, Map.of(MONITORING_OBJECT, kind.isMonitoringObject()), v.comment());
    }

    /** Step 2: democratic appraisal with its minutes; a rejection needs the reason. */
    public void completeAppraisal(String taskId, long caseId, boolean passed, String minutes, String reason) {
        review.appraisal(
                taskId,
                caseId,
                passed,
                minutes,
                reason,
                () -> cases.require(caseId).findings().appraised(passed, minutes, reason));
    }

    /** During the notice: an objection is recorded and the township gets a task to handle it. */
    public long raiseObjection(long caseId, String content) {
        IdentificationCase c = cases.require(caseId);
        Officer officer =
                access.checkChange(RegionCode.of(c.villageCode()), Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER);
        return objection(c, new Objection(caseId, checkedContent(content), officer.username(), Instant.now(clock)));
    }

    /**
     * During the notice, anyone's objection from the public board (the caller has checked the visitor, the phone
     * (R10) and the rate): recorded and handled exactly as an officer's, marked online, with a note on the township's
     * task so that the case's timeline shows where it came from. Runs as the system.
     */
    public long raiseOnlineObjection(long caseId, String name, String phone, String content) {
        IdentificationCase c = cases.require(caseId);
        Objection o = new Objection(
                caseId,
                checkedContent(content),
                ONLINE_RAISER,
                Instant.now(clock),
                ObjectionChannel.ONLINE,
                name.strip(),
                phone.strip());
        long id = objection(c, o);
        caseTasks.note(
                c.processInstanceId(),
                TASK_HANDLE_OBJECTION,
                OBJECTION_ID,
                id,
                "【网上公示栏异议】提出人：" + name.strip() + "，电话：" + Masking.phone(phone.strip()) + "。" + content.strip());
        return id;
    }

    private static String checkedContent(String content) {
        if (content == null || content.isBlank()) {
            throw BusinessException.invalidField("content", "请填写异议内容");
        }
        return content;
    }

    private long objection(IdentificationCase c, Objection objection) {
        if (!reads.inNotice(c)) {
            throw new IdentificationRefusedException("该申请不在公示期内，不能登记异议");
        }
        Objection o = objections.saveAndFlush(objection);
        procedures.correlate(MESSAGE_OBJECTION, c.id(), Map.of(OBJECTION_ID, o.id()));
        return o.id();
    }

    /** The objection a "handle objection" task is about. */
    @Transactional(readOnly = true)
    public ObjectionView objectionOf(String taskId) {
        return objections
                .require(caseTasks.idOf(taskId, OBJECTION_ID, "该任务没有对应的异议"))
                .view();
    }

    /** The township handles an objection: dismissed, or upheld with the way forward. */
    public void completeObjection(String taskId, boolean upheld, ObjectionAction action, String resolution) {
        ObjectionView o = objectionOf(taskId);
        IdentificationCase c = loadForTask(taskId, o.caseId(), TASK_HANDLE_OBJECTION);
        new FieldErrors()
                .requireText(resolution, "resolution", "请填写异议核查情况")
                .require(!upheld || action != null, "action", "异议成立时请选择处理方式")
                .throwIfAny("异议处理意见不全");
        Objection objection = objections.require(o.id());
        String officer = current.require().username();
        objection.handle(upheld, action, resolution, officer, Instant.now(clock));
        if (upheld) {
            objections.findByCaseIdOrderById(c.id()).stream()
                    .filter(x -> !x.id().equals(objection.id()))
                    .forEach(x -> x.close(officer, Instant.now(clock)));
            if (action == ObjectionAction.REJECT) {
                c.findings().reason("公示异议成立：" + resolution.strip());
            }
        }
        tasks.complete(
                taskId,
                Map.of(OBJECTION_UPHELD, upheld, OBJECTION_ACTION, upheld ? action.name() : "NONE"),
                resolution);
    }

    /**
     * Step 4: the township approves, rejects, or returns the case to the village, always with its review opinion
     * (审核意见): the level's signed opinion is the record of the step, and a rejection or return states its reason.
     */
    public void completeTownshipReview(String taskId, long caseId, TownshipDecision decision, String comment) {
        review.township(
                taskId,
                caseId,
                decision,
                comment,
                errors -> errors.requireText(comment, "comment", "请填写审核意见"),
                () -> cases.require(caseId).findings().townshipReviewed(decision, comment));
    }

    /**
     * Step 5: the county approves or rejects, always with its approval opinion (审批意见; a rejection's is its
     * reason); approving over the R2 limit needs an override reason, kept.
     */
    public void completeCountyApproval(
            String taskId, long caseId, boolean approved, String overrideReason, String comment) {
        review.county(
                taskId,
                caseId,
                approved,
                comment,
                errors -> errors.require(
                                !approved
                                        || cases.require(caseId).scaleStatus() != ScaleStatus.OVER
                                        || (overrideReason != null && !overrideReason.isBlank()),
                                "overrideReason",
                                "监测对象规模已超出上限，批准时必须填写理由")
                        .require(approved || (comment != null && !comment.isBlank()), "comment", "不批准时必须填写理由")
                        .requireText(comment, "comment", "请填写审批意见"),
                () -> {
                    IdentificationCase c = cases.require(caseId);
                    c.findings()
                            .countyDecided(
                                    approved,
                                    approved && c.scaleStatus() == ScaleStatus.OVER ? overrideReason : null,
                                    comment);
                });
    }

    /** The level above acknowledges an overdue case with its instruction. */
    public void completeSupervision(String taskId, long caseId, String instruction) {
        loadForTask(taskId, caseId, TASK_SUPERVISE_OVERDUE);
        if (instruction == null || instruction.isBlank()) {
            throw BusinessException.invalidField("comment", "请填写督办意见");
        }
        tasks.complete(taskId, Map.of(), instruction);
    }

    private IdentificationCase loadForTask(String taskId, long caseId, String step) {
        caseTasks.open(taskId, PROCESS_KEY, caseId, step);
        return cases.require(caseId);
    }
}
