package cn.jiandang.villageexit;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.jiandang.villageexit.VillageExitVariables.*;

/** A township proposes that a poor village exit; the DMN threshold and the county decide; the province is informed. */
@Service
@Transactional
public class VillageExitService {

    /** Registered poor population: households not yet exited (R3: monitoring objects are not poor). */
    static final Set<Category> POOR = EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);

    static final String DEFAULT_NOTICE = "P7D";

    private final VillageExitCaseRepository cases;
    private final RegionAttributeRepository attributes;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final RuntimeService runtimeService;
    private final WorkTasks tasks;
    private final Clock clock;

    VillageExitService(
            VillageExitCaseRepository cases,
            RegionAttributeRepository attributes,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current,
            RuntimeService runtimeService,
            WorkTasks tasks,
            Clock clock) {
        this.cases = cases;
        this.attributes = attributes;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.current = current;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Registered poor population and archive population of a village, as the proposal form shows them. */
    @Transactional(readOnly = true)
    public int[] populations(RegionCode village) {
        int poor = 0;
        int all = 0;
        for (HouseholdSummary h :
                households.search(village, null, PageRequest.of(0, 5000)).getContent()) {
            all += h.size();
            if (h.category() != null && POOR.contains(h.category())) {
                poor += h.size();
            }
        }
        return new int[] {poor, all};
    }

    /**
     * The centre marks a province as western or central (the threshold of village exit: 3 % or 2 %); the
     * migration seeds the twelve western provinces.
     */
    @Transactional
    public void markWestern(RegionCode province, boolean western) {
        access.checkChange(province, cn.jiandang.security.Role.CENTRE_ADMIN);
        if (province.level() != RegionLevel.PROVINCE) {
            throw cn.jiandang.common.BusinessException.invalidField("regionCode", "只能标注省级行政区划：" + province.value());
        }
        attributes
                .findById(province.value())
                .ifPresentOrElse(
                        a -> a.setWestern(western),
                        () -> attributes.save(new RegionAttribute(province.value(), western)));
    }

    /** Whether the village lies in a western province (3% threshold instead of 2%). */
    @Transactional(readOnly = true)
    public boolean isWestern(RegionCode region) {
        return attributes
                .findById(region.ancestor(RegionLevel.PROVINCE).value())
                .map(RegionAttribute::western)
                .orElse(false);
    }

    /**
     * A county or province officer (or the centre) flags a village as poor village (贫困村) or removes the flag; a
     * village that has exited keeps its record, and a village with a live exit case keeps its flag.
     */
    public void markPoorVillage(RegionCode village, boolean poor) {
        access.checkChange(village, Role.COUNTY_OFFICER, Role.PROVINCE_OFFICER, Role.CENTRE_ADMIN);
        if (village.level() != RegionLevel.VILLAGE || regions.find(village).isEmpty()) {
            throw BusinessException.invalidField("villageCode", "请选择本辖区的一个村");
        }
        RegionAttribute attribute = attributes.findById(village.value()).orElse(null);
        if (attribute != null && attribute.exitYear() != null) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    regions.name(village) + "已于" + attribute.exitYear() + "年出列，贫困村标注不能再更改");
        }
        if (!poor && cases.findByLiveVillageCode(village.value()).isPresent()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, regions.name(village) + "有办理中的出列申请，不能取消贫困村标注");
        }
        if (attribute == null) {
            attribute = attributes.save(new RegionAttribute(village.value(), false));
        }
        attribute.setPoorVillage(poor);
    }

    /** Poor villages of the officer's region, exited ones with their year. */
    @Transactional(readOnly = true)
    public List<PoorVillageView> poorVillages() {
        RegionCode scope = current.require().region();
        return attributes
                .findByCodeBetweenAndPoorVillageTrueOrderByCode(scope.lowerBound(), scope.upperBound())
                .stream()
                .map(a -> a.poorVillageView(regions.name(RegionCode.of(a.code()))))
                .toList();
    }

    /** The villages a township may propose: its poor villages that have not exited and have no live case. */
    @Transactional(readOnly = true)
    public List<PoorVillageView> proposableVillages() {
        return poorVillages().stream()
                .filter(v -> !v.exited())
                .filter(v -> cases.findByLiveVillageCode(v.villageCode()).isEmpty())
                .toList();
    }

    /** The township proposes; {@code population} is the village's registered (户籍) population. */
    public long propose(RegionCode village, int population, String reason) {
        Officer officer = access.checkChange(village, Role.TOWNSHIP_OFFICER);
        if (village.level() != RegionLevel.VILLAGE || regions.find(village).isEmpty()) {
            throw BusinessException.invalidField("villageCode", "请选择本乡镇的一个村");
        }
        RegionAttribute attribute = attributes
                .findById(village.value())
                .filter(RegionAttribute::poorVillage)
                .orElseThrow(() -> BusinessException.invalidField(
                        "villageCode", regions.name(village) + "不是贫困村，不能申请出列（贫困村由县级或省级标注）"));
        if (attribute.exitYear() != null) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    regions.name(village) + "已于" + attribute.exitYear() + "年出列，不能重复申请");
        }
        int poor = populations(village)[0];
        if (population <= 0 || population < poor) {
            throw BusinessException.invalidField("population", "户籍人口必须大于0且不少于建档立卡贫困人口（" + poor + "人）");
        }
        cases.findByLiveVillageCode(village.value()).ifPresent(live -> {
            throw live.status() == VillageExitStatus.EXITED
                    ? new BusinessException(BusinessException.Kind.CONFLICT, regions.name(village) + "已出列，不能重复申请")
                    : new BusinessException(BusinessException.Kind.CONFLICT, regions.name(village) + "已有办理中的出列申请");
        });
        boolean western = isWestern(village);
        VillageExitCase c;
        try {
            c = cases.saveAndFlush(new VillageExitCase(
                    village.value(),
                    population,
                    poor,
                    western,
                    reason == null ? null : reason.strip(),
                    officer.username(),
                    Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, regions.name(village) + "已有办理中的出列申请");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, c.id());
        variables.put(REGION_CODE, village.value());
        variables.put(VILLAGE_CODE, village.value());
        variables.put(WESTERN, western);
        variables.put(INCIDENCE, c.view().incidence().doubleValue());
        variables.put(COUNTY_GROUP, Role.COUNTY_OFFICER.group(village.ancestor(RegionLevel.COUNTY)));
        variables.put(NOTICE_DURATION, DEFAULT_NOTICE);
        c.started(runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(c.id()), variables)
                .getId());
        return c.id();
    }

    /** Called by the process after the DMN table. */
    public void assessed(long caseId, boolean qualifies) {
        load(caseId).assessed(qualifies);
    }

    /** The county approves (the notice starts) or rejects with a reason. */
    public void review(String taskId, long caseId, boolean approved, String comment) {
        if (!approved && (comment == null || comment.isBlank())) {
            throw BusinessException.invalidField("comment", "不予通过时必须填写理由");
        }
        load(caseId).reviewed(comment == null || comment.isBlank() ? null : comment.strip());
        tasks.complete(taskId, Map.of(APPROVED, approved), comment);
    }

    public void noticeStarted(long caseId) {
        load(caseId).noticeStarted(Instant.now(clock));
    }

    /** During the notice the township (or village) records an objection; the county reviews again. */
    public void raiseObjection(long caseId, String objection) {
        VillageExitCase c = load(caseId);
        access.checkChange(RegionCode.of(c.view().villageCode()), Role.TOWNSHIP_OFFICER, Role.VILLAGE_OFFICER);
        if (objection == null || objection.isBlank()) {
            throw BusinessException.invalidField("objection", "请填写异议内容");
        }
        if (c.status() != VillageExitStatus.NOTICE) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该村不在公示期，不能登记异议");
        }
        c.objected(objection.strip());
        runtimeService
                .createMessageCorrelation(MESSAGE_OBJECTION)
                .processInstanceBusinessKey(String.valueOf(caseId))
                .correlate();
    }

    public void noticeEnded(long caseId) {
        load(caseId).noticeEnded();
    }

    /** The county announces the exit. */
    public void announce(String taskId, long caseId, String comment) {
        load(caseId);
        tasks.complete(taskId, Map.of(), comment);
    }

    /** Called by the process: the village has exited (its poor-village flag records the year) and the province sees it. */
    public void exited(long caseId, String actor) {
        VillageExitCase c = load(caseId);
        c.exited(actor, Instant.now(clock));
        attributes
                .findById(c.view().villageCode())
                .ifPresent(a -> a.exitedIn(LocalDate.now(clock).getYear()));
    }

    public void rejected(long caseId, String actor) {
        VillageExitCase c = load(caseId);
        if (Boolean.FALSE.equals(c.view().qualifies())) {
            c.reviewed("贫困发生率"
                    + c.view()
                            .incidence()
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString() + "%，未达到出列标准（低于" + c.view().thresholdLabel() + "）");
        }
        c.rejected(actor, Instant.now(clock));
    }

    @Transactional(readOnly = true)
    public VillageExitCaseView find(long caseId) {
        VillageExitCaseView c = load(caseId).view();
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }

    /** Cases of the officer's region, newest first: the province sees the villages that exited. */
    @Transactional(readOnly = true)
    public List<VillageExitCaseView> list() {
        RegionCode scope = current.require().region();
        return cases.findByVillageCodeBetweenOrderByIdDesc(scope.lowerBound(), scope.upperBound()).stream()
                .map(VillageExitCase::view)
                .toList();
    }

    private VillageExitCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> BusinessException.notFound("出列申请 " + caseId + " 不存在"));
    }
}
