package cn.jiandang.publicnotice;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface ExitObjectionRepository extends JpaRepository<ExitObjection, Long> {

    /** A region's pending objections, oldest first: one range of (status, village_code). */
    @Query("select o from ExitObjection o where o.status = cn.jiandang.publicnotice.ExitObjection.Status.PENDING"
            + " and o.villageCode between :lower and :upper order by o.id")
    List<ExitObjection> pending(@Param("lower") String lower, @Param("upper") String upper, Pageable page);
}
