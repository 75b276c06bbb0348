package cn.jiandang.publicnotice;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface ExitObjectionRepository extends JpaRepository<ExitObjection, Long> {

    /** A region's pending objections, oldest first: one range of (status, village_code). */
    @Query("select o from ExitObjection o where o.status = cn.jiandang.publicnotice.ExitObjection.Status.PENDING"
            + " and o.villageCode between :lower and :upper order by o.id")
    List<ExitObjection> pending(@Param("lower") String lower, @Param("upper") String upper, Pageable page);

    /**
     * The objection, its row locked until the deciding transaction ends: two officers deciding it at once are served
     * one after the other, and the second finds it decided.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ExitObjection o where o.id = :id")
    Optional<ExitObjection> findForDecision(@Param("id") long id);
}
