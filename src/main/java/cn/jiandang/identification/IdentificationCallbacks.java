package cn.jiandang.identification;

import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.counts.HouseholdPopulation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.CaseTasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import static cn.jiandang.identification.IdentificationVariables.*;

/**
 * What the identification process's service tasks do (called by {@link IdentificationDelegates} only): publish the
 * notice, check the R2 scale, announce, register or reject, escalate an overdue case. They run in the transaction
 * of the officer's step that led there, or as the system for a timer.
 */
@Service
@Transactional
class IdentificationCallbacks {

    static final String PROCEDURE = "IDENTIFICATION";

    private final IdentificationCaseRepository cases;
    private final IdentificationNotices notices;
    private final HouseholdService households;
    private final HouseholdPopulation population;
    private final MonitoringScaleCheck scaleCheck;
    private final CaseTasks caseTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentificationCallbacks(
            IdentificationCaseRepository cases,
            IdentificationNotices notices,
            HouseholdService households,
            HouseholdPopulation population,
            MonitoringScaleCheck scaleCheck,
            CaseTasks caseTasks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.households = households;
        this.population = population;
        this.scaleCheck = scaleCheck;
        this.caseTasks = caseTasks;
        this.events = events;
        this.clock = clock;
    }

    void publishNotice(long caseId) {
        IdentificationCase c = cases.require(caseId);
        IdentificationPublished notice = notices.publication(c, IdentificationPublished.Stage.NOTICE);
        c.findings().noticePublished(notices.notice(notice), Instant.now(clock));
        events.publishEvent(notice);
    }

    /** R2 for monitored and marginal households: the decision's limit and status, kept on the case. */
    ScaleStatus checkMonitoringScale(long caseId) {
        IdentificationCase c = cases.require(caseId);
        int size = c.householdId() == null ? c.applicant().members().size() : population.size(c.householdId());
        MonitoringScaleCheck.Result r = scaleCheck.check(RegionCode.of(c.villageCode()), size);
        c.findings()
                .scaleChecked(new ScaleCheck(
                        r.registeredPoor(), r.monitored(), r.deepPoverty(), r.limitPercent(), r.status()));
        return r.status();
    }

    void announce(long caseId) {
        IdentificationCase c = cases.require(caseId);
        c.findings().announced(notices.announcement(c), Instant.now(clock));
        events.publishEvent(notices.publication(c, IdentificationPublished.Stage.ANNOUNCEMENT));
    }

    /** Approved: a new household is registered now; the household enters the category with history. */
    long register(long caseId, String processInstanceId, String actor) {
        IdentificationCase c = cases.require(caseId);
        long householdId = c.householdId() != null
                ? c.householdId()
                : households.register(new NewHousehold(
                        RegionCode.of(c.villageCode()),
                        c.applicant().contactPhone(),
                        false,
                        c.applicant().members().stream()
                                .map(a -> new NewHousehold.NewMember(a.name, a.idNumber, a.relation))
                                .toList()));
        YearMonth month = YearMonth.now(clock);
        c.register(householdId, month, actor, Instant.now(clock));
        households.changeCategory(new CategoryChangeRequest(
                householdId, c.kind(), month, c.registryFactors(), actor, PROCEDURE, processInstanceId));
        return householdId;
    }

    /** Rejected: the household keeps its category; the case keeps the reason. */
    void reject(long caseId, String actor) {
        cases.require(caseId).decide(false, actor, Instant.now(clock));
    }

    /** The case is overdue: the level above the one holding it gets a task; returns that level's group. */
    String escalate(long caseId) {
        IdentificationCase c = cases.require(caseId);
        RegionCode village = RegionCode.of(c.villageCode());
        RegionLevel holder = RegionLevel.VILLAGE;
        for (String step : caseTasks.openSteps(c.processInstanceId())) {
            RegionLevel level = switch (step) {
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
        c.findings().escalated(group, Instant.now(clock));
        return group;
    }
}
