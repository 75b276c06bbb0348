package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;

import cn.jiandang.household.Category;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static cn.jiandang.identification.IdentificationVariables.*;

/** Starts identifications and records what each step decides; the process only carries ids. */
@Service
@Transactional
public class IdentificationService {

    static final String PROCEDURE = "IDENTIFICATION";

    private final IdentificationCaseRepository cases;
    private final HouseholdService households;
    private final RegionAccess access;
    private final RuntimeService runtimeService;
    private final WorkTasks tasks;
    private final Clock clock;

    IdentificationService(IdentificationCaseRepository cases, HouseholdService households, RegionAccess access,
                          RuntimeService runtimeService, WorkTasks tasks, Clock clock) {
        this.cases = cases;
        this.households = households;
        this.access = access;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A village officer applies for a household of its village; the rules of the glossary decide the kind. */
    public long start(long householdId, Category kind, Set<PovertyFactor> factors, Channel channel) {
        RegionCode village = households.villageOf(householdId);
        Officer officer = access.checkChange(village, Role.VILLAGE_OFFICER);
        Category current = households.categoryOf(householdId);
        if (!Category.mayIdentify(current, kind)) {
            throw new IdentificationRefusedException(Category.labelOf(current) + "不能识别为" + kind.label());
        }
        checkFactors(kind, factors);
        if (cases.existsByOpenHouseholdId(householdId)) {
            throw new DuplicateIdentificationException();
        }
        IdentificationCase c;
        try {
            c = cases.saveAndFlush(new IdentificationCase(householdId, village.value(), kind, channel, factors,
                    officer.username(), Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateIdentificationException();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id());
        variables.put(HOUSEHOLD_ID, householdId);
        variables.put(VILLAGE_CODE, village.value());
        variables.put(REGION_CODE, village.value());
        variables.put(KIND, kind.name());
        variables.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(village));
        variables.put(TOWNSHIP_GROUP, Role.TOWNSHIP_OFFICER.group(village.ancestor(RegionLevel.TOWNSHIP)));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id()), variables);
        c.started(instance.getId());
        return c.id();
    }

    @Transactional(readOnly = true)
    public IdentificationCaseView find(long caseId) {
        IdentificationCaseView c = cases.findById(caseId).map(IdentificationCase::view)
                .orElseThrow(() -> BusinessException.notFound("识别申请 " + caseId + " 不存在"));
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }

    /** Step 1: the village's home verification confirms the causes or risks. */
    public void completeHomeVerification(String taskId, long caseId, Set<PovertyFactor> factors, String comment) {
        IdentificationCase c = loadForTask(taskId, caseId);
        checkFactors(c.view().kind(), factors);
        c.verified(factors);
        tasks.complete(taskId, Map.of(), comment);
    }

    /** Step 2: the township approves or rejects; a rejection needs a reason. */
    public void completeTownshipReview(String taskId, long caseId, boolean approved, String comment) {
        if (!approved && (comment == null || comment.isBlank())) {
            throw BusinessException.invalidField("comment", "不予通过时必须填写理由");
        }
        loadForTask(taskId, caseId).reviewed(comment);
        tasks.complete(taskId, Map.of(APPROVED, approved), comment);
    }

    /** Called by the process once approved: the household enters the category with history. */
    public void register(long caseId, String processInstanceId, String actor) {
        IdentificationCase c = load(caseId);
        IdentificationCaseView v = c.view();
        c.decide(true, actor, Instant.now(clock));
        households.changeCategory(new CategoryChangeRequest(v.householdId(), v.kind(), YearMonth.now(clock),
                v.factors(), actor, PROCEDURE, processInstanceId));
    }

    /** Called by the process once rejected: the household keeps its category; the case keeps the reason. */
    public void reject(long caseId, String actor) {
        load(caseId).decide(false, actor, Instant.now(clock));
    }

    /** The case of the task the officer may work on: a task id of one case never changes another case. */
    private IdentificationCase loadForTask(String taskId, long caseId) {
        Long taskCase = tasks.open(taskId).caseId();
        if (taskCase == null || taskCase != caseId) {
            throw access.refuse("IdentificationCase", String.valueOf(caseId), null, "该任务不属于识别申请 " + caseId);
        }
        return load(caseId);
    }

    private IdentificationCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> BusinessException.notFound("识别申请 " + caseId + " 不存在"));
    }

    private static void checkFactors(Category kind, Set<PovertyFactor> factors) {
        if (factors == null || factors.isEmpty()) {
            throw BusinessException.invalidField("factors", "请至少选择一项" + FactorKind.forCategory(kind).label());
        }
        if (!kind.isMonitoringObject()) {
            factors.stream().filter(f -> !f.isCause()).findFirst().ifPresent(f -> {
                throw BusinessException.invalidField("factors", f.label() + "是风险类型，不能作为致贫或返贫原因");
            });
        }
    }
}
