package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.jiandang.rectification.RectificationVariables.*;

/**
 * Rectification cases: a supervisor or the centre creates them (one by one or from a problem list), the county
 * rectifies or passes down, each level up verifies, the owner accepts or returns; overdue cases escalate.
 */
@Service
@Transactional
public class RectificationService {

    /** Days an app-reported problem has for rectification when the gateway names no deadline. */
    public static final int APP_REPORT_DAYS = 30;

    static final int MAX_DESCRIPTION = 1000;

    private final RectificationCaseRepository cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final RuntimeService runtimeService;
    private final WorkTasks tasks;
    private final Clock clock;

    RectificationService(
            RectificationCaseRepository cases,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current,
            RuntimeService runtimeService,
            WorkTasks tasks,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.current = current;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** One case, by a supervisor or the centre. */
    public long create(NewProblem problem) {
        Officer owner = owner();
        checkBatch(problem.source(), problem.deadline());
        RegionCode region = target(problem.householdId(), problem.regionCode());
        checkText(problem.type(), problem.description());
        return open(null, problem, region, owner);
    }

    /**
     * A problem list, one row a line: household id or 12-digit region code, problem type (code or Chinese label),
     * description. Every row is checked first; the valid rows become cases in this one transaction, each invalid
     * row is reported with its number and reason.
     */
    public ImportReport importProblems(String csv, ProblemSource source, LocalDate deadline) {
        Officer owner = owner();
        checkBatch(source, deadline);
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<NewProblem> valid = new ArrayList<>();
        List<RegionCode> targets = new ArrayList<>();
        String[] lines = csv == null ? new String[0] : csv.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && !Character.isDigit(line.charAt(0)))) {
                continue;
            }
            try {
                NewProblem p = parse(line, source, deadline);
                targets.add(target(p.householdId(), p.regionCode()));
                valid.add(p);
            } catch (BusinessException e) {
                errors.add(new ImportReport.RowError(i + 1, e.getMessage()));
            }
        }
        if (valid.isEmpty() && errors.isEmpty()) {
            throw BusinessException.invalidField("csv", "问题清单为空：每行应为“户编号或行政区划代码,问题类型,问题描述”");
        }
        String batch = UUID.randomUUID().toString();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            created.add(open(batch, valid.get(i), targets.get(i), owner));
        }
        return new ImportReport(created, errors);
    }

    /** The centre registers a problem a household reported through the mobile app (账实不符). */
    public long reportFromApp(long householdId, String description, LocalDate deadline) {
        return reportFromApp(new AppReport(householdId, null, description, deadline));
    }

    /**
     * The centre's app gateway passes on a problem a household reported through the mobile app (账实不符, R14): only
     * the centre may; every invalid field is named; an unknown household is NOT_FOUND. Provinces see it only
     * desensitised ({@link #appReportsForProvince()}).
     */
    public long reportFromApp(AppReport report) {
        // the role first: nobody else may learn from the answers which households or ID numbers exist
        Officer officer = access.checkChange(RegionCode.NATIONAL, Role.CENTRE_ADMIN);
        boolean byId = report.householdId() != null;
        boolean byHead = report.headIdNumber() != null && !report.headIdNumber().isBlank();
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = report.deadline() == null ? today.plusDays(APP_REPORT_DAYS) : report.deadline();
        String description = report.description();
        new FieldErrors()
                .require(byId || byHead, "householdId", "请填写户编号或户主身份证号码")
                .require(!(byId && byHead), "headIdNumber", "户编号和户主身份证号码只能填写一项")
                .requireText(description, "description", "问题描述不能为空")
                .require(
                        description == null || description.strip().length() <= MAX_DESCRIPTION,
                        "description",
                        "问题描述不能超过" + MAX_DESCRIPTION + "字")
                .require(!deadline.isBefore(today), "deadline", "整改期限不能早于今天")
                .throwIfAny("手机APP反映的问题填写有误");
        long householdId = byId
                ? report.householdId()
                : households
                        .householdOfHead("headIdNumber", report.headIdNumber().strip())
                        .orElseThrow(() -> BusinessException.notFound("档案中没有以该身份证号码为户主的农户"));
        if (households.summaries(List.of(householdId)).get(householdId) == null) {
            throw BusinessException.notFound("户编号 " + householdId + " 不存在");
        }
        NewProblem p = new NewProblem(
                householdId, null, ProblemType.RECORDS_DIFFER, description.strip(), ProblemSource.APP_REPORT, deadline);
        return open(null, p, target(householdId, null), officer);
    }

    /** County or township: rectify here (with evidence) or pass the case down one level. */
    public void handle(String taskId, long caseId, boolean passDown, String rectification, String evidence) {
        TaskRef task = tasks.open(taskId);
        String level = TASK_COUNTY_HANDLING.equals(task.taskDefinitionKey()) ? "COUNTY" : "TOWNSHIP";
        RectificationCase c = load(caseId);
        RegionLevel regionLevel = RegionCode.of(c.view().regionCode()).level();
        if (passDown) {
            boolean deeper = "COUNTY".equals(level)
                    ? regionLevel.ordinal() > RegionLevel.COUNTY.ordinal()
                    : regionLevel == RegionLevel.VILLAGE;
            if (!deeper) {
                throw BusinessException.invalidField("passDown", "该问题落实到本级，不能再下交，请本级整改");
            }
            c.passedDown("COUNTY".equals(level) ? "TOWNSHIP" : "VILLAGE");
            tasks.complete(taskId, Map.of(PASS_DOWN, true), null);
            return;
        }
        checkRectification(rectification, evidence);
        c.rectified(
                level,
                rectification.strip(),
                evidence.strip(),
                current.require().username(),
                Instant.now(clock));
        tasks.complete(taskId, Map.of(PASS_DOWN, false, HANDLER_LEVEL, level), null);
    }

    /** The village rectifies with evidence. */
    public void rectify(String taskId, long caseId, String rectification, String evidence) {
        checkRectification(rectification, evidence);
        load(caseId)
                .rectified(
                        "VILLAGE",
                        rectification.strip(),
                        evidence.strip(),
                        current.require().username(),
                        Instant.now(clock));
        tasks.complete(taskId, Map.of(HANDLER_LEVEL, "VILLAGE"), null);
    }

    /** Township or county verifies the rectification below it; a failed verification needs a reason. */
    public void verify(String taskId, long caseId, boolean verified, String comment) {
        requireReasonUnless(verified, comment, "核实未通过时必须填写理由");
        String level = TASK_COUNTY_VERIFICATION.equals(tasks.open(taskId).taskDefinitionKey()) ? "COUNTY" : "TOWNSHIP";
        load(caseId).verified(level, verified, blankToNull(comment));
        tasks.complete(taskId, Map.of(VERIFIED, verified), comment);
    }

    /** The supervisor (or the centre) accepts and closes the case, or returns it to the county with a reason. */
    public void accept(String taskId, long caseId, boolean accepted, String comment) {
        requireReasonUnless(accepted, comment, "退回整改时必须填写理由");
        load(caseId).accepted(accepted, blankToNull(comment));
        tasks.complete(taskId, Map.of(ACCEPTED, accepted), comment);
    }

    /** The level above an overdue case acknowledges that it urged the holder. */
    public void urge(String taskId, long caseId, String comment) {
        load(caseId);
        tasks.complete(taskId, Map.of(), comment);
    }

    /** Called by the process once accepted. */
    public void closed(long caseId, String actor) {
        load(caseId).closed(actor, Instant.now(clock));
    }

    /** Called by the deadline timer: marks the case overdue and names the group above its current holder. */
    public String escalate(long caseId) {
        RectificationCase c = load(caseId);
        RectificationCaseView v = c.view();
        RegionCode region = RegionCode.of(v.regionCode());
        String group = switch (v.holderLevel()) {
            case "VILLAGE" -> Role.TOWNSHIP_OFFICER.group(region.ancestor(RegionLevel.TOWNSHIP));
            case "TOWNSHIP" -> Role.COUNTY_OFFICER.group(region.ancestor(RegionLevel.COUNTY));
            // app reports stay away from provinces (R14): their owner, the centre, urges the county
            case "COUNTY" ->
                v.source() == ProblemSource.APP_REPORT
                        ? v.ownerGroup()
                        : Role.PROVINCE_OFFICER.group(region.ancestor(RegionLevel.PROVINCE));
            default -> Role.CENTRE_ADMIN.group(RegionCode.NATIONAL);
        };
        c.escalated(group);
        return group;
    }

    @Transactional(readOnly = true)
    public RectificationCaseView find(long caseId) {
        RectificationCaseView c = load(caseId).view();
        Officer officer = current.require();
        if (officer.candidateGroups().contains(c.ownerGroup())) {
            return withOverdue(c);
        }
        // the region first: outside it the case answers like one that does not exist
        access.checkRead(RegionCode.of(c.regionCode()), "RectificationCase", String.valueOf(caseId));
        if (c.source() == ProblemSource.APP_REPORT && officer.has(Role.PROVINCE_OFFICER)) {
            throw access.refuse(
                    "RectificationCase",
                    String.valueOf(caseId),
                    RegionCode.of(c.regionCode()),
                    "手机APP反映的问题只以脱敏方式向省级提供");
        }
        return withOverdue(c);
    }

    /** The supervisor board: the officer's cases by status, region and deadline, overdue first. */
    @Transactional(readOnly = true)
    public List<RectificationCaseView> board(RectificationStatus status, RegionCode region, LocalDate dueBy) {
        Officer officer = access.checkChange(RegionCode.NATIONAL, Role.SUPERVISOR, Role.CENTRE_ADMIN);
        RegionCode scope = region == null ? officer.region() : region;
        // a typed bound instead of a nullable parameter: PostgreSQL cannot type "? is null" for a date
        return cases
                .board(
                        officer.candidateGroups(),
                        scope.lowerBound(),
                        scope.upperBound(),
                        status,
                        dueBy == null ? LocalDate.of(9999, 12, 31) : dueBy,
                        LocalDate.now(clock))
                .stream()
                .map(c -> withOverdue(c.view()))
                .toList();
    }

    /** App-reported problems of the officer's province, desensitised (R14): place names hidden. */
    @Transactional(readOnly = true)
    public List<DesensitisedReport> appReportsForProvince() {
        Officer officer = current.require();
        if (!officer.has(Role.PROVINCE_OFFICER) || officer.region().level() != RegionLevel.PROVINCE) {
            throw access.refuse("AppReports", null, officer.region(), "只有省级扶贫办可以查看脱敏后的手机APP问题");
        }
        Map<String, List<String>> namesByCounty = new HashMap<>();
        return cases.appReports(officer.region().lowerBound(), officer.region().upperBound()).stream()
                .map(c -> {
                    RectificationCaseView v = withOverdue(c.view());
                    List<String> names = namesByCounty.computeIfAbsent(v.countyCode(), this::placeNames);
                    return new DesensitisedReport(
                            v.id(),
                            v.type(),
                            Desensitiser.mask(v.description(), names),
                            v.status(),
                            v.deadline(),
                            v.overdue(),
                            v.createdAt());
                })
                .toList();
    }

    private List<String> placeNames(String countyCode) {
        RegionCode county = RegionCode.of(countyCode);
        List<String> names = new ArrayList<>(
                regions.subtree(county).stream().map(RegionView::name).toList());
        names.add(regions.name(county.ancestor(RegionLevel.CITY)));
        return names;
    }

    private long open(String batch, NewProblem p, RegionCode region, Officer owner) {
        RegionCode county = region.ancestor(RegionLevel.COUNTY);
        String ownerGroup = (owner.has(Role.SUPERVISOR) ? Role.SUPERVISOR : Role.CENTRE_ADMIN).group(owner.region());
        RectificationCase c = cases.save(new RectificationCase(
                batch, p, region.value(), county.value(), ownerGroup, owner.username(), Instant.now(clock)));
        cases.flush();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id());
        if (p.householdId() != null) {
            variables.put(HOUSEHOLD_ID, p.householdId());
        }
        variables.put(REGION_CODE, region.value());
        variables.put(COUNTY_GROUP, Role.COUNTY_OFFICER.group(county));
        if (region.level().ordinal() >= RegionLevel.TOWNSHIP.ordinal()) {
            variables.put(TOWNSHIP_GROUP, Role.TOWNSHIP_OFFICER.group(region.ancestor(RegionLevel.TOWNSHIP)));
        }
        if (region.level() == RegionLevel.VILLAGE) {
            variables.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(region));
        }
        variables.put(OWNER_GROUP, ownerGroup);
        variables.put(DEADLINE, p.deadline().plusDays(1).atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        c.started(runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id()), variables)
                .getId());
        return c.id();
    }

    private Officer owner() {
        return access.checkChange(RegionCode.NATIONAL, Role.SUPERVISOR, Role.CENTRE_ADMIN);
    }

    private NewProblem parse(String line, ProblemSource source, LocalDate deadline) {
        String[] cells = line.split("[,，\t]", 3);
        if (cells.length < 3) {
            throw BusinessException.invalid("应有三列：户编号或行政区划代码、问题类型、问题描述");
        }
        String who = cells[0].strip();
        ProblemType type = ProblemType.parse(cells[1])
                .orElseThrow(() -> BusinessException.invalid("问题类型“" + cells[1].strip() + "”无法识别"));
        checkText(type, cells[2]);
        if (who.matches("\\d{12}")) {
            return new NewProblem(null, who, type, cells[2], source, deadline);
        }
        if (who.matches("\\d{1,11}")) {
            return new NewProblem(Long.parseLong(who), null, type, cells[2], source, deadline);
        }
        throw BusinessException.invalid("第一列“" + who + "”既不是户编号也不是12位行政区划代码");
    }

    /** The region the problem is about, at county level or below, known to the archive. */
    private RegionCode target(Long householdId, String regionCode) {
        if (householdId != null) {
            // a lookup that cannot throw: a refused row must not mark the import's transaction rollback-only
            HouseholdSummary household =
                    households.summaries(List.of(householdId)).get(householdId);
            if (household == null) {
                throw BusinessException.invalid("户编号 " + householdId + " 不存在");
            }
            return household.villageCode();
        }
        if (regionCode == null || !regionCode.matches("\\d{12}")) {
            throw BusinessException.invalidField("regionCode", "请填写户编号或12位行政区划代码");
        }
        RegionCode region = RegionCode.of(regionCode);
        if (regions.find(region).isEmpty()) {
            throw BusinessException.invalid("行政区划 " + regionCode + " 不存在");
        }
        if (region.level().ordinal() < RegionLevel.COUNTY.ordinal()) {
            throw BusinessException.invalid("行政区划 " + regionCode + " 高于县级：问题须落实到县级或以下");
        }
        return region;
    }

    private void checkBatch(ProblemSource source, LocalDate deadline) {
        if (source == null) {
            throw BusinessException.invalidField("source", "请选择问题来源");
        }
        if (deadline == null) {
            throw BusinessException.invalidField("deadline", "请填写整改期限");
        }
        if (deadline.isBefore(LocalDate.now(clock))) {
            throw BusinessException.invalidField("deadline", "整改期限不能早于今天");
        }
    }

    private static void checkText(ProblemType type, String description) {
        if (type == null) {
            throw BusinessException.invalidField("type", "请选择问题类型");
        }
        if (description == null || description.isBlank()) {
            throw BusinessException.invalidField("description", "问题描述不能为空");
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw BusinessException.invalidField("description", "问题描述不能超过" + MAX_DESCRIPTION + "字");
        }
    }

    private static void checkRectification(String rectification, String evidence) {
        if (rectification == null || rectification.isBlank()) {
            throw BusinessException.invalidField("rectification", "请填写整改情况");
        }
        if (evidence == null || evidence.isBlank()) {
            throw BusinessException.invalidField("evidence", "请填写整改佐证材料（如照片、文件编号）");
        }
    }

    private static void requireReasonUnless(boolean ok, String comment, String message) {
        if (!ok && (comment == null || comment.isBlank())) {
            throw BusinessException.invalidField("comment", message);
        }
    }

    private RectificationCaseView withOverdue(RectificationCaseView v) {
        boolean overdue = v.overdue()
                || (v.status() != RectificationStatus.CLOSED && v.deadline().isBefore(LocalDate.now(clock)));
        return overdue == v.overdue()
                ? v
                : new RectificationCaseView(
                        v.id(),
                        v.source(),
                        v.type(),
                        v.description(),
                        v.householdId(),
                        v.regionCode(),
                        v.countyCode(),
                        v.holderLevel(),
                        v.handlerLevel(),
                        v.status(),
                        v.deadline(),
                        true,
                        v.escalatedTo(),
                        v.ownerGroup(),
                        v.createdBy(),
                        v.createdAt(),
                        v.rectification(),
                        v.evidence(),
                        v.rectifiedBy(),
                        v.rounds(),
                        v.lastComment(),
                        v.closedAt(),
                        v.processInstanceId());
    }

    private RectificationCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> BusinessException.notFound("整改问题 " + caseId + " 不存在"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
