package cn.jiandang.quality;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.common.BusinessException;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data quality for the centre and the provinces: a run of the rule set over a region is queued here and worked in the
 * background ({@link QualityWorker}); its counts and problems are read within the caller's region; a county's open
 * problems are issued with one action as rectification cases, one per household.
 */
@Service
@Transactional
public class QualityService {

    /** A county's list is issued in one transaction: beyond this, issue again after the first cases are worked. */
    static final int MAX_ISSUE = 2000;

    private final QualityRunRepository runs;
    private final ProblemQueries queries;
    private final RectificationIntake intake;
    private final RegionAccess access;
    private final AuditLog audit;
    private final CurrentOfficer current;
    private final Clock clock;

    QualityService(
            QualityRunRepository runs,
            ProblemQueries queries,
            RectificationIntake intake,
            RegionAccess access,
            AuditLog audit,
            CurrentOfficer current,
            Clock clock) {
        this.runs = runs;
        this.queries = queries;
        this.intake = intake;
        this.access = access;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Queues a run over the region (the centre anywhere, a province officer within the province). */
    public RunView request(RegionCode region) {
        Officer officer = access.checkChange(region, Role.CENTRE_ADMIN, Role.PROVINCE_OFFICER);
        return runs.save(new QualityRun(region, QualityRun.ON_DEMAND, null, officer.username(), clock.instant()))
                .view();
    }

    @Transactional(readOnly = true)
    public RunView run(long id) {
        return visible(id).view();
    }

    /** Runs over the caller's region, over part of it or over a region containing it, newest first. */
    @Transactional(readOnly = true)
    public List<RunView> runs(RegionCode scope, int limit) {
        access.checkRead(scope);
        return runs.findTouching(scope.lowerBound(), scope.upperBound(), Limit.of(limit)).stream()
                .map(QualityRun::view)
                .toList();
    }

    /** Per county and rule: open after the run, new in it, closed by it; only counties the caller may read. */
    @Transactional(readOnly = true)
    public List<RuleCount> counts(long runId, RegionCode scope) {
        QualityRun run = visible(runId);
        access.checkRead(scope);
        String[] range = intersect(run, scope);
        return queries.counts(runId, range[0], range[1]);
    }

    /** A page of the run's problems in the scope (optionally of one rule), after the problem id {@code afterId}. */
    @Transactional(readOnly = true)
    public List<ProblemView> problems(long runId, RegionCode scope, String ruleCode, long afterId, int limit) {
        QualityRun run = visible(runId);
        access.checkRead(scope);
        String[] range = intersect(run, scope);
        // masked for every caller, as every list is (issue 15): the full number is the household page's audited request
        return queries.problems(runId, range[0], range[1], ruleCode, afterId, Math.min(limit, 1000)).stream()
                .map(QualityService::masked)
                .toList();
    }

    /**
     * Issues the county's open problems of the run that are not issued yet as rectification cases (source 数据清洗), one
     * per household with all its problems in the description; returns the number of cases.
     */
    public int issue(long runId, RegionCode county, LocalDate deadline) {
        visible(runId);
        if (county.level() != RegionLevel.COUNTY) {
            throw BusinessException.invalidField("county", "请选择一个县：问题清单按县下发");
        }
        Officer officer = access.checkChange(county, Role.CENTRE_ADMIN, Role.PROVINCE_OFFICER, Role.SUPERVISOR);
        List<ProblemView> open = queries.toIssue(runId, county.value(), MAX_ISSUE);
        if (open.isEmpty()) {
            throw BusinessException.invalid("该县在本次检查中没有待下发的问题");
        }
        Map<Long, List<ProblemView>> byHousehold = new LinkedHashMap<>();
        open.forEach(p -> byHousehold
                .computeIfAbsent(p.householdId(), h -> new ArrayList<>())
                .add(p));
        List<NewProblem> problems = byHousehold.values().stream()
                .map(ps -> new NewProblem(
                        ps.get(0).householdId(),
                        null,
                        ps.get(0).rule().problemType(),
                        describe(ps),
                        ProblemSource.DATA_CLEANSING,
                        deadline))
                .toList();
        List<Long> cases = intake.issue(county, problems);
        Timestamp now = Timestamp.from(clock.instant());
        int i = 0;
        for (List<ProblemView> ps : byHousehold.values()) {
            long caseId = cases.get(i++);
            ps.forEach(p -> queries.markIssued(p.id(), caseId, officer.username(), now));
        }
        queries.listIssued(runId, county.value(), cases.size(), officer.username(), now, deadline);
        audit.record(
                AuditActions.ISSUE_PROBLEM_LIST,
                "QualityProblemList",
                runId + ":" + county.value(),
                null,
                county,
                open.size() + " 个问题下发为 " + cases.size() + " 件整改，期限 " + deadline);
        return cases.size();
    }

    private static String describe(List<ProblemView> ps) {
        StringBuilder d = new StringBuilder("数据清洗发现（户主身份证号 ")
                .append(Masking.idNumber(ps.get(0).headIdNumber()))
                .append("）：");
        for (ProblemView p : ps) {
            d.append(p.ruleCode()).append(' ').append(p.message()).append("；");
        }
        return d.length() > 1000 ? d.substring(0, 999) + "…" : d.toString();
    }

    private static ProblemView masked(ProblemView p) {
        return new ProblemView(
                p.id(),
                p.ruleCode(),
                p.householdId(),
                p.headName(),
                p.headIdNumber() == null ? null : Masking.idNumber(p.headIdNumber()),
                p.villageCode(),
                p.countyCode(),
                p.message(),
                p.open(),
                p.rectificationCase());
    }

    /** A run the caller may see: over a region it may read, or over a region containing its own. */
    private QualityRun visible(long id) {
        QualityRun run = runs.findById(id).orElseThrow(() -> BusinessException.notFound("检查运行 " + id + " 不存在"));
        boolean containsOwn =
                current.get().map(o -> run.region().contains(o.region())).orElse(false);
        if (!containsOwn) {
            access.checkRead(run.region(), "QualityRun", String.valueOf(id));
        }
        return run;
    }

    private static String[] intersect(QualityRun run, RegionCode scope) {
        String lo = max(run.region().lowerBound(), scope.lowerBound());
        String hi = min(run.region().upperBound(), scope.upperBound());
        return new String[] {lo, hi};
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
