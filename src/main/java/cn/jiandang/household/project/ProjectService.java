package cn.jiandang.household.project;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Poverty-alleviation projects (扶贫项目) with beneficiary households of any category, and the report of projects
 * that benefit no marginal household (the seed found no project linked to one).
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final HouseholdRepository households;
    private final HouseholdService summaries;
    private final RegionAccess access;

    ProjectService(
            ProjectRepository projects,
            HouseholdRepository households,
            HouseholdService summaries,
            RegionAccess access) {
        this.projects = projects;
        this.households = households;
        this.summaries = summaries;
        this.access = access;
    }

    @Transactional
    public long create(RegionCode county, String name, int year, Collection<Long> beneficiaries) {
        if (county.level() != RegionLevel.COUNTY) {
            throw BusinessException.invalidField("countyCode", "扶贫项目须挂在县级行政区划下");
        }
        access.checkChange(county, Role.COUNTY_OFFICER, Role.CENTRE_ADMIN);
        if (name == null || name.isBlank()) {
            throw BusinessException.invalidField("name", "项目名称不能为空");
        }
        if (name.strip().length() > 200) {
            throw BusinessException.invalidField("name", "项目名称最多200个字");
        }
        if (year < 2013 || year > 2100) {
            throw BusinessException.invalidField("year", "项目年度须在2013年以后");
        }
        Project project = new Project(county.value(), name.strip(), year);
        addBeneficiaries(project, county, beneficiaries);
        return projects.save(project).id();
    }

    @Transactional
    public void addBeneficiaries(long projectId, Collection<Long> beneficiaries) {
        Project project = projects.findById(projectId)
                .orElseThrow(() -> BusinessException.notFound("扶贫项目 " + projectId + " 不存在"));
        RegionCode county = project.view(0).countyCode();
        access.checkChange(county, Role.COUNTY_OFFICER, Role.CENTRE_ADMIN);
        addBeneficiaries(project, county, beneficiaries);
    }

    /** The beneficiary households of a project, for a reader of its county. */
    public List<HouseholdSummary> beneficiaries(long projectId) {
        Project project = projects.findById(projectId)
                .orElseThrow(() -> BusinessException.notFound("扶贫项目 " + projectId + " 不存在"));
        access.checkRead(project.view(0).countyCode());
        Map<Long, HouseholdSummary> byId = summaries.summaries(project.beneficiaries());
        return project.beneficiaries().stream()
                .sorted()
                .map(byId::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Projects of the region (with their beneficiary counts). */
    public List<ProjectView> projects(RegionCode scope) {
        access.checkRead(scope);
        Map<Long, Integer> marginal = marginalCounts(scope);
        return projects.findInRange(scope.lowerBound(), scope.upperBound()).stream()
                .map(p -> p.view(marginal.getOrDefault(p.id(), 0)))
                .toList();
    }

    /** The report: projects of the region with no marginal household among their beneficiaries. */
    public List<ProjectView> withoutMarginalBeneficiary(RegionCode scope) {
        return projects(scope).stream()
                .filter(p -> p.marginalBeneficiaries() == 0)
                .toList();
    }

    private Map<Long, Integer> marginalCounts(RegionCode scope) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : projects.countMarginal(scope.lowerBound(), scope.upperBound())) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    private void addBeneficiaries(Project project, RegionCode county, Collection<Long> ids) {
        if (ids == null) {
            return;
        }
        List<Household> found = households.findAllById(ids);
        if (found.size() != new HashSet<>(ids).size()) {
            throw BusinessException.invalidField("beneficiaries", "受益户中有不存在的户编号");
        }
        for (Household h : found) {
            if (!county.contains(RegionCode.of(h.villageCode()))) {
                throw BusinessException.invalidField("beneficiaries", "受益户必须属于本县");
            }
            project.beneficiaries().add(h.id());
        }
    }
}
