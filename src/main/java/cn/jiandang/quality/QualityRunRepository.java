package cn.jiandang.quality;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

interface QualityRunRepository extends JpaRepository<QualityRun, Long> {

    boolean existsByNightlyDay(LocalDate day);

    @Query("select r.id from QualityRun r where r.status = cn.jiandang.quality.RunStatus.QUEUED order by r.id")
    List<Long> findQueued(Limit limit);

    /** Claims a queued run for this node: exactly one node's update finds it still queued. */
    @Modifying
    @Query("""
            update QualityRun r set r.status = cn.jiandang.quality.RunStatus.RUNNING, r.startedAt = :at
            where r.id = :id and r.status = cn.jiandang.quality.RunStatus.QUEUED""")
    int claim(@Param("id") long id, @Param("at") Instant at);

    /** Runs whose region lies in the subtree lo..hi or contains it, newest first. */
    @Query("""
            select r from QualityRun r
            where (r.regionCode between :lo and :hi) or (r.scopeLo <= :lo and r.scopeHi >= :hi)
            order by r.id desc""")
    List<QualityRun> findTouching(@Param("lo") String lo, @Param("hi") String hi, Limit limit);
}
