package cn.jiandang.household.adjustment;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.HouseholdResidence;
import cn.jiandang.household.internal.HouseholdResidenceRepository;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionAdjustment;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Adjusting townships and villages to reality (据实调整) with their households: renames, merges, moves and splits
 * keep their validity dates, and each household keeps the village it belonged to on any date.
 */
@Service
@Transactional(readOnly = true)
public class VillageAdjustmentService {

    private static final Role[] ADJUSTERS = {Role.COUNTY_OFFICER, Role.PROVINCE_OFFICER, Role.CENTRE_ADMIN};
    /** Where a household was before its first move: from the beginning of the archive on. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final RegionService regions;
    private final HouseholdRepository households;
    private final HouseholdResidenceRepository residences;
    private final Versions versions;
    private final RegionAccess access;

    VillageAdjustmentService(
            RegionService regions,
            HouseholdRepository households,
            HouseholdResidenceRepository residences,
            Versions versions,
            RegionAccess access) {
        this.regions = regions;
        this.households = households;
        this.residences = residences;
        this.versions = versions;
        this.access = access;
    }

    /** Renames a township or village from a date on (also: a resettlement site's temporary name replaced). */
    @Transactional
    public void rename(RegionCode code, String newName, LocalDate effective, RegionAdjustment reason) {
        access.checkChange(code, ADJUSTERS);
        checkName(newName);
        if (effective == null) {
            throw BusinessException.invalidField("effective", "请填写更名的生效日期");
        }
        regions.rename(code, newName, effective, reason);
    }

    /** A new village or resettlement site (安置点) from a date, perhaps under a temporary name (暂用名称). */
    @Transactional
    public void createVillage(RegionCode code, String name, LocalDate validFrom, boolean temporaryName) {
        access.checkChange(code, ADJUSTERS);
        checkName(name);
        if (code.level() != RegionLevel.VILLAGE && code.level() != RegionLevel.TOWNSHIP) {
            throw BusinessException.invalidField("code", "只能新设乡镇或村级行政区划");
        }
        regions.create(code, name, false, validFrom, temporaryName);
    }

    /** Merges a village into another: its households move there, the village ends on the date. */
    @Transactional
    public int merge(RegionCode village, RegionCode into, LocalDate effective) {
        access.checkChange(village, ADJUSTERS);
        access.checkChange(into, ADJUSTERS);
        if (village.equals(into) || into.level() != RegionLevel.VILLAGE) {
            throw BusinessException.invalidField("into", "请选择并入的另一个村");
        }
        if (effective == null) {
            throw BusinessException.invalidField("effective", "请填写合并的生效日期");
        }
        List<Household> moving = households.findByVillage(village.value());
        moving.forEach(h -> moveToVillage(h, into, effective, "REGION_MERGE"));
        regions.retire(village, effective, into);
        return moving.size();
    }

    /** Moves some households (a split, or a relocation to a resettlement site) to another village from a date. */
    @Transactional
    public void moveHouseholds(Collection<Long> householdIds, RegionCode to, LocalDate effective) {
        access.checkChange(to, ADJUSTERS);
        if (!regions.validOn(to, effective)) {
            throw BusinessException.invalidField("villageCode", "目标村在 " + effective + " 尚不存在或已撤销");
        }
        for (Household h : households.findAllById(householdIds)) {
            access.checkChange(RegionCode.of(h.villageCode()), ADJUSTERS);
            moveToVillage(h, to, effective, "REGION_SPLIT");
        }
    }

    /**
     * Splits a village: a new village (or resettlement site, perhaps under a temporary name) from a date, and the chosen
     * households of the old one move there. Returns the number moved.
     */
    @Transactional
    public int split(
            RegionCode village,
            RegionCode newVillage,
            String name,
            boolean temporaryName,
            LocalDate effective,
            Collection<Long> householdIds) {
        access.checkChange(village, ADJUSTERS);
        if (householdIds == null || householdIds.isEmpty()) {
            throw BusinessException.invalidField("households", "请选择迁往新村的农户");
        }
        List<Household> moving = households.findAllById(householdIds);
        if (moving.size() != householdIds.size()
                || moving.stream().anyMatch(h -> !h.villageCode().equals(village.value()))) {
            throw BusinessException.invalidField("households", "所选农户须都属于被拆分的村");
        }
        createVillage(newVillage, name, effective, temporaryName);
        moving.forEach(h -> moveToVillage(h, newVillage, effective, "REGION_SPLIT"));
        return moving.size();
    }

    /**
     * 隶属关系调整: a village moves to another township. Its code changes with it (a code names its township), so the
     * village is created under the new code with its current name and the old one merged into it: its households
     * follow, each keeping where it was before the date.
     */
    @Transactional
    public int move(RegionCode village, RegionCode newCode, LocalDate effective) {
        access.checkChange(village, ADJUSTERS);
        if (village.level() != RegionLevel.VILLAGE || newCode.level() != RegionLevel.VILLAGE) {
            throw BusinessException.invalidField("newCode", "只能调整村的隶属关系，新代码须为12位村级代码");
        }
        if (village.ancestor(RegionLevel.TOWNSHIP).equals(newCode.ancestor(RegionLevel.TOWNSHIP))) {
            throw BusinessException.invalidField("newCode", "新代码须在另一个乡镇之下");
        }
        createVillage(newCode, regions.name(village), effective, false);
        return merge(village, newCode, effective);
    }

    /** A region's name: required, and it fits the column (100 characters). */
    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.invalidField("name", "名称不能为空");
        }
        if (name.strip().length() > 100) {
            throw BusinessException.invalidField("name", "名称最多100个字");
        }
    }

    /** Moves a household to another village from a date on, keeping where it was (R8 version included). */
    private void moveToVillage(Household h, RegionCode village, LocalDate effective, String procedure) {
        if (!residences.hasHistory(h.id())) {
            residences.save(new HouseholdResidence(h.id(), h.villageCode(), BEGINNING, effective));
        } else {
            residences.findOpen(h.id()).forEach(r -> r.end(effective));
        }
        residences.save(new HouseholdResidence(h.id(), village.value(), effective, null));
        h.moveTo(village.value());
        versions.record(h, procedure, null);
    }
}
