package cn.jiandang.villageexit;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

import static cn.jiandang.villageexit.VillageExitVariables.*;

/** A township proposes that one of its poor villages exit; the DMN threshold and the county decide. */
@Service
@Transactional
public class VillageExitIntake {

    static final String DEFAULT_NOTICE = "P7D";

    private final VillageExitCaseRepository cases;
    private final RegionAttributeRepository attributes;
    private final PoorVillages poorVillages;
    private final RegionService regions;
    private final RegionAccess access;
    private final Procedures procedures;
    private final Clock clock;

    VillageExitIntake(
            VillageExitCaseRepository cases,
            RegionAttributeRepository attributes,
            PoorVillages poorVillages,
            RegionService regions,
            RegionAccess access,
            Procedures procedures,
            Clock clock) {
        this.cases = cases;
        this.attributes = attributes;
        this.poorVillages = poorVillages;
        this.regions = regions;
        this.access = access;
        this.procedures = procedures;
        this.clock = clock;
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
        int poor = poorVillages.populations(village)[0];
        if (population <= 0 || population < poor) {
            throw BusinessException.invalidField("population", "户籍人口必须大于0且不少于建档立卡贫困人口（" + poor + "人）");
        }
        cases.findByLiveVillageCode(village.value()).ifPresent(live -> {
            throw live.status() == VillageExitStatus.EXITED
                    ? new BusinessException(BusinessException.Kind.CONFLICT, regions.name(village) + "已出列，不能重复申请")
                    : new BusinessException(BusinessException.Kind.CONFLICT, regions.name(village) + "已有办理中的出列申请");
        });
        boolean western = poorVillages.isWestern(village);
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
        c.started(procedures.start(ProcedureStart.of(PROCESS_KEY, c.id(), village)
                .with(VILLAGE_CODE, village.value())
                .with(WESTERN, western)
                .with(INCIDENCE, c.view().incidence().doubleValue())
                .with(NOTICE_DURATION, DEFAULT_NOTICE)));
        return c.id();
    }
}
