package cn.jiandang.villageexit;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The villages a township may propose for exit: poor villages (贫困村) flagged by a county or province, the western
 * provinces whose threshold is 3 % instead of 2 %, and the populations a proposal counts.
 */
@Service
@Transactional
public class PoorVillages {

    /** Registered poor population: households not yet exited (R3: monitoring objects are not poor). */
    static final Set<Category> POOR = EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);

    private final RegionAttributeRepository attributes;
    private final VillageExitCaseRepository cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final RegionAccess access;
    private final CurrentOfficer current;

    PoorVillages(
            RegionAttributeRepository attributes,
            VillageExitCaseRepository cases,
            HouseholdService households,
            RegionService regions,
            RegionAccess access,
            CurrentOfficer current) {
        this.attributes = attributes;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.access = access;
        this.current = current;
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
    public void markWestern(RegionCode province, boolean western) {
        access.checkChange(province, Role.CENTRE_ADMIN);
        if (province.level() != RegionLevel.PROVINCE) {
            throw BusinessException.invalidField("regionCode", "只能标注省级行政区划：" + province.value());
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
}
