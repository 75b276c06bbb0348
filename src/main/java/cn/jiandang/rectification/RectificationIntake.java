package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.jiandang.rectification.RectificationVariables.*;

/**
 * Opens rectification cases: a supervisor or the centre creates them one by one or from a pasted problem list, each
 * about a household or a region at county level or below, with a deadline.
 */
@Service
@Transactional
public class RectificationIntake {

    private final RectificationCaseRepository cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final Procedures procedures;
    private final Clock clock;

    RectificationIntake(
            RectificationCaseRepository cases,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            Procedures procedures,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** One case, by a supervisor or the centre. */
    public long create(NewProblem problem) {
        Officer owner = owner();
        checkBatch(problem.source(), problem.deadline());
        RegionCode region = target(problem.householdId(), problem.regionCode());
        ProblemLines.checkText(problem.type(), problem.description());
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
                NewProblem p = ProblemLines.parse(line, source, deadline);
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

    /**
     * A problem list issued with one action (a data-quality run's list of a county): one case per problem, all in the
     * caller's transaction, by the centre, a supervisor or the province officer of the county. Every problem must be
     * about a household of the county.
     */
    public List<Long> issue(RegionCode county, List<NewProblem> problems) {
        Officer owner = access.checkChange(county, Role.SUPERVISOR, Role.CENTRE_ADMIN, Role.PROVINCE_OFFICER);
        String batch = UUID.randomUUID().toString();
        List<Long> created = new ArrayList<>();
        for (NewProblem p : problems) {
            checkBatch(p.source(), p.deadline());
            ProblemLines.checkText(p.type(), p.description());
            RegionCode region = target(p.householdId(), p.regionCode());
            if (!county.contains(region)) {
                throw BusinessException.invalid("户编号 " + p.householdId() + " 不在 " + county.value() + " 县内");
            }
            created.add(open(batch, p, region, owner));
        }
        return created;
    }

    /** Saves the case and starts its process; the owner's group accepts it at the end. */
    long open(String batch, NewProblem p, RegionCode region, Officer owner) {
        RegionCode county = region.ancestor(RegionLevel.COUNTY);
        Role ownerRole = owner.has(Role.SUPERVISOR)
                ? Role.SUPERVISOR
                : owner.has(Role.CENTRE_ADMIN) ? Role.CENTRE_ADMIN : Role.PROVINCE_OFFICER;
        String ownerGroup = ownerRole.group(owner.region());
        RectificationCase c = cases.save(new RectificationCase(
                batch, p, region.value(), county.value(), ownerGroup, owner.username(), Instant.now(clock)));
        cases.flush();
        c.started(procedures.start(ProcedureStart.of(PROCESS_KEY, c.id(), region)
                .household(p.householdId())
                .with(OWNER_GROUP, ownerGroup)
                .with(
                        DEADLINE,
                        p.deadline().plusDays(1).atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))));
        return c.id();
    }

    /** The region the problem is about, at county level or below, known to the archive. */
    RegionCode target(Long householdId, String regionCode) {
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

    private Officer owner() {
        return access.checkChange(RegionCode.NATIONAL, Role.SUPERVISOR, Role.CENTRE_ADMIN);
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
}
