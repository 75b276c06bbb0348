package cn.jiandang.yearend;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.ExitStanding;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.CaseTasks;
import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.WorkTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.jiandang.yearend.YearEndVariables.*;

/**
 * The officers' steps of a village's year-end list: the village adds a missed household and decides the whole list
 * at once with exceptions (no consent, a basic need not secure, other reasons), an objection during the notice
 * returns the list to the village, township and county may exclude more, and the county announces.
 */
@Service
@Transactional
public class YearEndSteps {

    private final YearEndCaseRepository cases;
    private final HouseholdService households;
    private final RegionAccess access;
    private final CaseTasks caseTasks;
    private final WorkTasks tasks;
    private final Procedures procedures;
    private final YearEndNotices notices;
    private final Clock clock;

    YearEndSteps(
            YearEndCaseRepository cases,
            HouseholdService households,
            RegionAccess access,
            CaseTasks caseTasks,
            WorkTasks tasks,
            Procedures procedures,
            YearEndNotices notices,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.access = access;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.procedures = procedures;
        this.notices = notices;
        this.clock = clock;
    }

    /** Adds a household the list missed; refuses a category that does not exit (R3). */
    public void addCandidate(long caseId, long householdId) {
        YearEndCase c = cases.require(caseId);
        access.checkChange(RegionCode.of(c.villageCode()), Role.VILLAGE_OFFICER);
        if (c.status() != YearEndStatus.APPRAISAL) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "民主评议已结束，不能再增加退出对象");
        }
        if (!households.villageOf(householdId).equals(RegionCode.of(c.villageCode()))) {
            throw BusinessException.invalid("户编号 " + householdId + " 不属于本村");
        }
        Category category = households.categoryOf(householdId);
        YearEndRules.checkMayExit(category);
        if (c.candidates().stream().anyMatch(x -> x.householdId() == householdId)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该户已在本村退出名单中");
        }
        YearEndRound round = c.round();
        ExitStanding standing = households.exitStanding(householdId, round.year());
        String household = "户编号 " + householdId + " ";
        if (standing.netIncome() == null) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT, household + "没有" + round.year() + "年的收入记录，请先在基础数据中录入收入");
        }
        if (!standing.hasIncome()) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT, household + "在" + round.year() + "年9月30日没有家庭成员，无法计算人均纯收入");
        }
        if (round.povertyLine() != null && standing.perCapitaIncome().compareTo(round.povertyLine()) <= 0) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    household + round.year()
                            + "年人均纯收入" + standing.perCapitaIncome().toPlainString() + "元，未高于贫困线"
                            + round.povertyLine().toPlainString() + "元，不能纳入退出");
        }
        c.add(householdId, category, standing.perCapitaIncome());
    }

    /**
     * One decision for the whole list at a step (village appraisal, township verification, county approval):
     * every household not named stays as it is (included by default); an exclusion needs a reason (the needs found
     * not secure are one), an inclusion needs consent and every basic need secure.
     */
    public void decide(String taskId, long caseId, Collection<CandidateDecision> exceptions) {
        decide(taskId, caseId, exceptions, null);
    }

    /** As {@link #decide(String, long, Collection)}, with the officer's comment on the step. */
    public void decide(String taskId, long caseId, Collection<CandidateDecision> exceptions, String comment) {
        String step = caseTasks
                .open(
                        taskId,
                        PROCESS_KEY,
                        caseId,
                        TASK_VILLAGE_APPRAISAL,
                        TASK_TOWNSHIP_VERIFICATION,
                        TASK_COUNTY_APPROVAL)
                .taskDefinitionKey();
        YearEndCase c = cases.require(caseId);
        Map<Long, YearEndCandidate> byHousehold =
                c.candidates().stream().collect(Collectors.toMap(YearEndCandidate::householdId, Function.identity()));
        for (CandidateDecision d : exceptions) {
            YearEndCandidate candidate = byHousehold.get(d.householdId());
            if (candidate == null) {
                throw BusinessException.invalid("户编号 " + d.householdId() + " 不在本村退出名单中");
            }
            String reason = YearEndRules.checked(d, candidate, step);
            candidate.decide(d.included(), d.consent(), reason, step, d.insecure());
        }
        c.moved(
                switch (step) {
                    case TASK_VILLAGE_APPRAISAL -> YearEndStatus.NOTICE;
                    case TASK_TOWNSHIP_VERIFICATION -> YearEndStatus.COUNTY;
                    default -> YearEndStatus.ANNOUNCING;
                },
                Instant.now(clock));
        if (c.status() == YearEndStatus.NOTICE) {
            notices.noticeStarted(c);
        }
        tasks.complete(taskId, Map.of(), comment);
    }

    /** During the notice, an objection about a household returns the list to the village appraisal. */
    public void raiseObjection(long caseId, long householdId, String objection) {
        YearEndCase c = cases.require(caseId);
        access.checkChange(RegionCode.of(c.villageCode()), Role.VILLAGE_OFFICER, Role.TOWNSHIP_OFFICER);
        if (c.status() != YearEndStatus.NOTICE) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "本村名单不在公示期，不能登记异议");
        }
        if (objection == null || objection.isBlank()) {
            throw BusinessException.invalidField("objection", "请填写异议内容");
        }
        c.candidates().stream()
                .filter(x -> x.householdId() == householdId)
                .findFirst()
                .orElseThrow(() -> BusinessException.invalid("户编号 " + householdId + " 不在本村退出名单中"))
                .objected(objection.strip());
        c.moved(YearEndStatus.APPRAISAL, Instant.now(clock));
        procedures.correlate(MESSAGE_OBJECTION, caseId);
    }

    /** The county announces; the process then moves the included households to EXITED. */
    public void announce(String taskId, long caseId) {
        caseTasks.open(taskId, PROCESS_KEY, caseId, TASK_ANNOUNCEMENT);
        cases.require(caseId);
        tasks.complete(taskId, Map.of(), null);
    }
}
