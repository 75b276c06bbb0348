package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.Optional;

interface IdentificationCaseRepository extends JpaRepository<IdentificationCase, Long> {

    /** The case, or NOT_FOUND naming it. */
    default IdentificationCase require(long caseId) {
        return findById(caseId).orElseThrow(() -> BusinessException.notFound("识别申请 " + caseId + " 不存在"));
    }

    boolean existsByOpenHouseholdId(Long householdId);

    Optional<IdentificationCase> findByOpenHouseholdId(Long householdId);

    /** An open application of a household not yet registered that lists one of these persons. */
    @Query("""
            select count(c) > 0 from IdentificationCase c join c.applicant.members a
            where c.status = cn.jiandang.identification.CaseStatus.OPEN and a.idNumber in :idNumbers
            """)
    boolean existsOpenWithApplicant(@Param("idNumbers") Collection<String> idNumbers);
}
