package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface RectificationCaseRepository extends JpaRepository<RectificationCase, Long> {

    /** The case, or NOT_FOUND naming it. */
    default RectificationCase require(long caseId) {
        return findById(caseId).orElseThrow(() -> BusinessException.notFound("整改问题 " + caseId + " 不存在"));
    }

    /**
     * The supervisor board: one indexed query, overdue first, then by deadline. {@code everyOwner}: every case of the
     * region whoever issued it (the centre's national view), else only those of the given owner groups.
     */
    @Query("""
            select c from RectificationCase c
            where (:everyOwner = true or c.ownerGroup in :owners)
              and c.regionCode between :lower and :upper
              and (:status is null or c.status = :status)
              and c.deadline <= :dueBy
            order by case when c.status <> cn.jiandang.rectification.RectificationStatus.CLOSED
                          and (c.overdue = true or c.deadline < :today) then 0 else 1 end,
                     c.deadline, c.id
            """)
    List<RectificationCase> board(
            @Param("everyOwner") boolean everyOwner,
            @Param("owners") Collection<String> owners,
            @Param("lower") String lower,
            @Param("upper") String upper,
            @Param("status") RectificationStatus status,
            @Param("dueBy") LocalDate dueBy,
            @Param("today") LocalDate today);

    @Query("""
            select c from RectificationCase c
            where c.source = cn.jiandang.rectification.ProblemSource.APP_REPORT
              and c.regionCode between :lower and :upper
            order by c.id desc
            """)
    List<RectificationCase> appReports(@Param("lower") String lower, @Param("upper") String upper);

    /** A keyset page of the app reports of a region, newest first, before the case id {@code before}. */
    @Query("""
            select c from RectificationCase c
            where c.source = cn.jiandang.rectification.ProblemSource.APP_REPORT
              and c.regionCode between :lower and :upper and c.id < :before
            order by c.id desc
            """)
    List<RectificationCase> appReportsBefore(
            @Param("lower") String lower,
            @Param("upper") String upper,
            @Param("before") long before,
            org.springframework.data.domain.Limit limit);
}
