package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.jiandang.rectification.ProblemLines.MAX_DESCRIPTION;

/**
 * Problems households report through the mobile app (账实不符, R14): the centre's app gateway passes them on as
 * rectification cases, and provinces see them only desensitised.
 */
@Service
@Transactional
public class AppReports {

    /** Days an app-reported problem has for rectification when the gateway names no deadline. */
    public static final int APP_REPORT_DAYS = 30;

    private final RectificationIntake intake;
    private final RectificationCaseRepository cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final Clock clock;

    AppReports(
            RectificationIntake intake,
            RectificationCaseRepository cases,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current,
            Clock clock) {
        this.intake = intake;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.current = current;
        this.clock = clock;
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
        return intake.open(null, p, intake.target(householdId, null), officer);
    }

    /** App-reported problems of the officer's province, desensitised (R14): place names hidden, ID numbers masked. */
    @Transactional(readOnly = true)
    public List<DesensitisedReport> appReportsForProvince() {
        Officer officer = province();
        Map<String, List<String>> namesByCounty = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        return cases.appReports(officer.region().lowerBound(), officer.region().upperBound()).stream()
                .map(c -> desensitise(c, namesByCounty, today))
                .toList();
    }

    /** The officer, who must be a province officer at province level: nobody else sees app reports desensitised. */
    Officer province() {
        Officer officer = current.require();
        if (!officer.has(Role.PROVINCE_OFFICER) || officer.region().level() != RegionLevel.PROVINCE) {
            throw access.refuse("AppReports", null, officer.region(), "只有省级扶贫办可以查看脱敏后的手机APP问题");
        }
        return officer;
    }

    /** The case as a province may see it; the place names of each county are read once per list. */
    DesensitisedReport desensitise(RectificationCase c, Map<String, List<String>> namesByCounty, LocalDate today) {
        RectificationCaseView v = c.view().asOf(today);
        List<String> names = namesByCounty.computeIfAbsent(v.countyCode(), this::placeNames);
        return new DesensitisedReport(
                v.id(),
                v.type(),
                Desensitiser.mask(v.description(), names),
                v.status(),
                v.deadline(),
                v.overdue(),
                v.createdAt());
    }

    private List<String> placeNames(String countyCode) {
        RegionCode county = RegionCode.of(countyCode);
        List<String> names = new ArrayList<>(
                regions.subtree(county).stream().map(RegionView::name).toList());
        names.add(regions.name(county.ancestor(RegionLevel.CITY)));
        return names;
    }
}
