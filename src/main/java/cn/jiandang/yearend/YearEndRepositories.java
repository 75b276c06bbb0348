package cn.jiandang.yearend;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface YearEndRoundRepository extends JpaRepository<YearEndRound, Long> {

    List<YearEndRound> findByYear(int year);

    /**
     * Locks the province's region row until the transaction ends: rounds of one province are opened one after the
     * other, so that two officers opening overlapping rounds at once get one round and a clear refusal.
     */
    @Query(value = "select code from region where code = :province for update", nativeQuery = true)
    String lockProvince(@Param("province") String province);

    List<YearEndRound> findAllByOrderByIdDesc();
}

interface YearEndCaseRepository extends JpaRepository<YearEndCase, Long> {

    /** The case, or NOT_FOUND naming it. */
    default YearEndCase require(long caseId) {
        return findById(caseId).orElseThrow(() -> BusinessException.notFound("年度退出案卷 " + caseId + " 不存在"));
    }

    @Query("select c from YearEndCase c where c.villageCode between :lower and :upper order by c.id desc")
    List<YearEndCase> findInRange(@Param("lower") String lower, @Param("upper") String upper);

    long countByRoundId(long roundId);
}
