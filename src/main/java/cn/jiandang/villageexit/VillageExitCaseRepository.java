package cn.jiandang.villageexit;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface VillageExitCaseRepository extends JpaRepository<VillageExitCase, Long> {

    Optional<VillageExitCase> findByLiveVillageCode(String villageCode);

    List<VillageExitCase> findByVillageCodeBetweenOrderByIdDesc(String lower, String upper);

    /** The case, or NOT_FOUND naming it. */
    default VillageExitCase require(long caseId) {
        return findById(caseId).orElseThrow(() -> BusinessException.notFound("出列申请 " + caseId + " 不存在"));
    }
}
