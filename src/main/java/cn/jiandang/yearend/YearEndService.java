package cn.jiandang.yearend;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.ExitCandidates;
import cn.jiandang.household.ExitStanding;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.jiandang.yearend.YearEndVariables.*;

/**
 * Year-end exit: a province or county opens the year's round for its area with the year's poverty line; every village
 * gets one case with its candidates (POOR, NEWLY_POOR, RETURNED whose per-capita net income is above the line; R3:
 * never monitoring objects); the village decides the whole list at once with exceptions (no consent, a basic need not
 * secure, other reasons), township and county may exclude more, and after the announcement the rest exit.
 */
@Service
@Transactional
public class YearEndService {

    /** R3/R4: only these exit; this year's new and returned households too. */
    static final Set<Category> MAY_EXIT = EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);

    static final String PROCEDURE = "YEAR_END_EXIT";

    private final YearEndRoundRepository rounds;
    private final YearEndCaseRepository cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final FeatureAccess features;
    private final RuntimeService runtimeService;
    private final WorkTasks tasks;
    private final YearEndSettings settings;
    private final Clock clock;

    YearEndService(
            YearEndRoundRepository rounds,
            YearEndCaseRepository cases,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current,
            FeatureAccess features,
            RuntimeService runtimeService,
            WorkTasks tasks,
            YearEndSettings settings,
            Clock clock) {
        this.rounds = rounds;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.current = current;
        this.features = features;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Opens the year's round for the officer's area (province or county) with the year's poverty line: one case per
     * village whose POOR, NEWLY_POOR or RETURNED households have a per-capita net income of the year above the line
     * (R3, R4, R6). Households at or below the line, or without a per-capita income for the year (no income recorded,
     * or no member at 30 September), are counted, not listed.
     */
    public RoundView openRound(int year, int noticeDays, BigDecimal povertyLine) {
        Officer officer = current.require();
        RegionCode area = officer.region();
        access.checkChange(area, Role.PROVINCE_OFFICER, Role.COUNTY_OFFICER);
        if (area.level() != RegionLevel.PROVINCE && area.level() != RegionLevel.COUNTY) {
            throw BusinessException.invalid("年度动态管理由省级或县级开启");
        }
        features.checkOpen(Feature.YEAR_END_EXIT, area);
        new FieldErrors()
                .require(year >= 2013 && year <= 2100, "year", "年度应在2013年到2100年之间")
                .require(noticeDays >= 1 && noticeDays <= 30, "noticeDays", "公示天数应在1到30天之间")
                .require(povertyLine != null && povertyLine.signum() > 0, "povertyLine", "请填写大于0的贫困线（元/人·年）")
                .require(
                        povertyLine == null || povertyLine.stripTrailingZeros().scale() <= 2,
                        "povertyLine",
                        "贫困线最多保留2位小数（元）")
                .throwIfAny("开启年度动态管理的信息有误");
        rounds.lockProvince(area.ancestor(RegionLevel.PROVINCE).value());
        for (YearEndRound other : rounds.findByYear(year)) {
            RegionCode otherArea = RegionCode.of(other.areaCode());
            if (otherArea.contains(area) || area.contains(otherArea)) {
                throw new BusinessException(
                        BusinessException.Kind.CONFLICT, regions.name(otherArea) + year + "年度动态管理已经开启，不能重复开启");
            }
        }
        ExitCandidates found = households.exitCandidates(area, year, povertyLine);
        YearEndRound round = new YearEndRound(
                area.value(), year, noticeDays, povertyLine.setScale(2), officer.username(), Instant.now(clock));
        round.leftOut(found.withoutIncome().size(), found.atOrBelowLine().size());
        rounds.saveAndFlush(round);
        found.byVillage().forEach((village, candidates) -> startCase(round, village, candidates));
        return round.view(found.byVillage().size());
    }

    /** The line the round form suggests (setting {@code jiandang.yearend.poverty-line}). */
    @Transactional(readOnly = true)
    public BigDecimal suggestedPovertyLine() {
        return settings.suggestedPovertyLine();
    }

    /** Adds a household the list missed; refuses a category that does not exit (R3). */
    public void addCandidate(long caseId, long householdId) {
        YearEndCase c = load(caseId);
        access.checkChange(RegionCode.of(c.villageCode()), Role.VILLAGE_OFFICER);
        if (c.status() != YearEndStatus.APPRAISAL) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "民主评议已结束，不能再增加退出对象");
        }
        if (!households.villageOf(householdId).equals(RegionCode.of(c.villageCode()))) {
            throw BusinessException.invalid("户编号 " + householdId + " 不属于本村");
        }
        Category category = households.categoryOf(householdId);
        checkMayExit(category);
        if (c.candidates().stream().anyMatch(x -> x.householdId() == householdId)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该户已在本村退出名单中");
        }
        YearEndRound round = c.round();
        ExitStanding standing = households.exitStanding(householdId, round.year());
        if (standing.netIncome() == null) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "户编号 " + householdId + " 没有" + round.year() + "年的收入记录，请先在基础数据中录入收入");
        }
        if (!standing.hasIncome()) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "户编号 " + householdId + " 在" + round.year() + "年9月30日没有家庭成员，无法计算人均纯收入");
        }
        if (round.povertyLine() != null && standing.perCapitaIncome().compareTo(round.povertyLine()) <= 0) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "户编号 " + householdId + " " + round.year()
                            + "年人均纯收入" + standing.perCapitaIncome().toPlainString() + "元，未高于贫困线"
                            + round.povertyLine().toPlainString() + "元，不能纳入退出");
        }
        c.add(householdId, category, standing.perCapitaIncome());
    }

    static void checkMayExit(Category category) {
        if (category == null || !MAY_EXIT.contains(category)) {
            String why = category != null && category.isMonitoringObject()
                    ? "：监测对象不脱贫退出，风险消除后通过风险消除程序标注"
                    : category == Category.EXITED ? "：该户已脱贫" : "";
            throw new BusinessException(BusinessException.Kind.CONFLICT, Category.labelOf(category) + "不能申请脱贫退出" + why);
        }
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
        String step = tasks.open(taskId).taskDefinitionKey();
        YearEndCase c = load(caseId);
        Map<Long, YearEndCandidate> byHousehold =
                c.candidates().stream().collect(Collectors.toMap(YearEndCandidate::householdId, Function.identity()));
        for (CandidateDecision d : exceptions) {
            YearEndCandidate candidate = byHousehold.get(d.householdId());
            if (candidate == null) {
                throw BusinessException.invalid("户编号 " + d.householdId() + " 不在本村退出名单中");
            }
            String reason = checked(d, candidate, step);
            candidate.decide(d.included(), d.consent(), reason, step, d.insecure());
        }
        c.moved(
                switch (step) {
                    case TASK_VILLAGE_APPRAISAL -> YearEndStatus.NOTICE;
                    case TASK_TOWNSHIP_VERIFICATION -> YearEndStatus.COUNTY;
                    default -> YearEndStatus.ANNOUNCING;
                },
                Instant.now(clock));
        tasks.complete(taskId, Map.of(), comment);
    }

    /**
     * The decision's reason (written, or the needs found not secure); refuses an exclusion without one, an included
     * household with a need not secure or without consent, and a re-inclusion above the village.
     */
    private static String checked(CandidateDecision d, YearEndCandidate candidate, String step) {
        String prefix = "户编号 " + d.householdId() + "：";
        if (d.included() && !candidate.included() && !TASK_VILLAGE_APPRAISAL.equals(step)) {
            throw BusinessException.invalid(prefix + "已被排除，上级核实时不能再纳入");
        }
        Set<BasicNeed> insecure = d.insecure() != null ? d.insecure() : candidate.insecure();
        if (d.included() && !insecure.isEmpty()) {
            throw BusinessException.invalidField("insecure", prefix + BasicNeed.labels(insecure) + "未保障，不能纳入退出");
        }
        if (d.included() && !d.consent()) {
            throw BusinessException.invalidField("consent", prefix + "本户未签字认可，不能纳入退出");
        }
        String reason = d.reason() != null && !d.reason().isBlank()
                ? d.reason().strip()
                : d.insecure() != null && !d.insecure().isEmpty() ? BasicNeed.labels(d.insecure()) + "未保障" : null;
        if (!d.included() && reason == null) {
            throw BusinessException.invalidField("reason", prefix + "不纳入退出时必须填写原因");
        }
        return reason;
    }

    /** During the notice, an objection about a household returns the list to the village appraisal. */
    public void raiseObjection(long caseId, long householdId, String objection) {
        YearEndCase c = load(caseId);
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
        runtimeService
                .createMessageCorrelation(MESSAGE_OBJECTION)
                .processInstanceBusinessKey(String.valueOf(caseId))
                .correlate();
    }

    /** Called by the process when the notice period ended without objection. */
    public void noticeEnded(long caseId) {
        load(caseId).moved(YearEndStatus.TOWNSHIP, Instant.now(clock));
    }

    /** The county announces; the process then moves the included households to EXITED. */
    public void announce(String taskId, long caseId) {
        load(caseId);
        tasks.complete(taskId, Map.of(), null);
    }

    /** Called by the process after the announcement: the included households exit, with history and version. */
    public int exitHouseholds(long caseId, String processInstanceId, String actor) {
        YearEndCase c = load(caseId);
        int exited = 0;
        for (YearEndCandidate candidate : c.candidates()) {
            if (candidate.included()) {
                households.changeCategory(new CategoryChangeRequest(
                        candidate.householdId(), Category.EXITED, null, Set.of(), actor, PROCEDURE, processInstanceId));
                candidate.exited();
                exited++;
            }
        }
        c.announced(actor, Instant.now(clock));
        return exited;
    }

    @Transactional(readOnly = true)
    public YearEndCaseView find(long caseId) {
        YearEndCase c = load(caseId);
        access.checkRead(RegionCode.of(c.villageCode()));
        return c.view();
    }

    @Transactional(readOnly = true)
    public List<CandidateView> candidates(long caseId) {
        YearEndCase c = load(caseId);
        access.checkRead(RegionCode.of(c.villageCode()));
        Map<Long, HouseholdSummary> summaries = households.summaries(
                c.candidates().stream().map(YearEndCandidate::householdId).toList());
        return c.candidates().stream()
                .map(x -> x.view(
                        summaries.containsKey(x.householdId())
                                ? summaries.get(x.householdId()).headName()
                                : ""))
                .toList();
    }

    /** Village cases in the officer's region, newest first. */
    @Transactional(readOnly = true)
    public List<YearEndCaseView> cases() {
        RegionCode scope = current.require().region();
        return cases.findInRange(scope.lowerBound(), scope.upperBound()).stream()
                .map(YearEndCase::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RoundView> rounds() {
        RegionCode scope = current.require().region();
        return rounds.findAllByOrderByIdDesc().stream()
                .filter(r -> scope.contains(RegionCode.of(r.areaCode()))
                        || RegionCode.of(r.areaCode()).contains(scope))
                .map(r -> r.view((int) cases.countByRoundId(r.id())))
                .toList();
    }

    private void startCase(YearEndRound round, RegionCode village, List<ExitStanding> candidates) {
        YearEndCase c = new YearEndCase(round, village.value());
        candidates.forEach(h -> c.add(h.householdId(), h.category(), h.perCapitaIncome()));
        cases.saveAndFlush(c);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id());
        variables.put(REGION_CODE, village.value());
        variables.put(ROUND_ID, round.id());
        variables.put(VILLAGE_CODE, village.value());
        variables.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(village));
        variables.put(TOWNSHIP_GROUP, Role.TOWNSHIP_OFFICER.group(village.ancestor(RegionLevel.TOWNSHIP)));
        variables.put(COUNTY_GROUP, Role.COUNTY_OFFICER.group(village.ancestor(RegionLevel.COUNTY)));
        variables.put(NOTICE_DURATION, "P" + round.noticeDays() + "D");
        c.started(runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id()), variables)
                .getId());
    }

    private YearEndCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> BusinessException.notFound("年度退出案卷 " + caseId + " 不存在"));
    }
}
