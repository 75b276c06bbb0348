package cn.jiandang.villageexit;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads village-exit cases within the caller's region. */
@Service
@Transactional(readOnly = true)
public class VillageExitCases {

    private final VillageExitCaseRepository cases;
    private final RegionAccess access;
    private final CurrentOfficer current;

    VillageExitCases(VillageExitCaseRepository cases, RegionAccess access, CurrentOfficer current) {
        this.cases = cases;
        this.access = access;
        this.current = current;
    }

    public VillageExitCaseView find(long caseId) {
        VillageExitCaseView c = cases.require(caseId).view();
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }

    /**
     * Whether the village's exit is in its public notice (objections are taken): what the public board asks, without
     * a login; it says nothing else of the case.
     */
    public boolean inNotice(long caseId) {
        return cases.findById(caseId)
                .map(c -> c.status() == VillageExitStatus.NOTICE)
                .orElse(false);
    }

    /** Cases of the officer's region, newest first: the province sees the villages that exited. */
    public List<VillageExitCaseView> list() {
        RegionCode scope = current.require().region();
        return cases.findByVillageCodeBetweenOrderByIdDesc(scope.lowerBound(), scope.upperBound()).stream()
                .map(VillageExitCase::view)
                .toList();
    }
}
