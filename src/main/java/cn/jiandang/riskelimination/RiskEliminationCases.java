package cn.jiandang.riskelimination;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads risk-elimination cases within the caller's region. */
@Service
@Transactional(readOnly = true)
public class RiskEliminationCases {

    private final RiskEliminationCaseRepository cases;
    private final RegionAccess access;

    RiskEliminationCases(RiskEliminationCaseRepository cases, RegionAccess access) {
        this.cases = cases;
        this.access = access;
    }

    public RiskEliminationCaseView find(long caseId) {
        RiskEliminationCaseView c = cases.require(caseId).view();
        access.checkRead(RegionCode.of(c.villageCode()));
        return c;
    }
}
