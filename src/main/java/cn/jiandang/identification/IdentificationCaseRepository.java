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

    /**
     * Whether the household has an open case (the column is set only while a case is open). A written query, not a
     * derived one: Hibernate caches the translation of a query string but translates a derived (criteria) query on
     * every call, and this runs on every application.
     */
    @Query("select count(c) > 0 from IdentificationCase c where c.openHouseholdId = :householdId")
    boolean existsByOpenHouseholdId(@Param("householdId") Long householdId);

    Optional<IdentificationCase> findByOpenHouseholdId(Long householdId);

    /** An open application of a household not yet registered that lists one of these persons. */
    @Query("""
            select count(c) > 0 from IdentificationCase c join c.applicant.members a
            where c.status = cn.jiandang.identification.CaseStatus.OPEN and a.idNumber in :idNumbers
            """)
    boolean existsOpenWithApplicant(@Param("idNumbers") Collection<String> idNumbers);
}
