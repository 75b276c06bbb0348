package cn.jiandang.riskelimination;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskEliminationCaseRepository extends JpaRepository<RiskEliminationCase, Long> {

    boolean existsByOpenHouseholdId(Long householdId);

    /** The case, or NOT_FOUND naming it. */
    default RiskEliminationCase require(long caseId) {
        return findById(caseId).orElseThrow(() -> BusinessException.notFound("风险消除申请 " + caseId + " 不存在"));
    }
}
