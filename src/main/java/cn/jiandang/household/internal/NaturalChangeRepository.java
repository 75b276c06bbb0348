package cn.jiandang.household.internal;

import cn.jiandang.household.NaturalChangeKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface NaturalChangeRepository extends JpaRepository<NaturalChange, Long> {

    List<NaturalChange> findByHouseholdIdOrderByChangeMonthAscIdAsc(long householdId);

    @Query("select c.kind from NaturalChange c where c.memberId = :memberId order by c.id desc limit 1")
    Optional<NaturalChangeKind> findLastKind(@Param("memberId") long memberId);

    /** Natural changes of a month range in a region subtree: one join over the month and village indexes. */
    @Query("""
            select c from NaturalChange c, Household h
            where h.id = c.householdId
              and h.villageCode between :lower and :upper
              and c.changeMonth between :from and :to
            order by c.id
            """)
    List<NaturalChange> findInRange(
            @Param("lower") String lower,
            @Param("upper") String upper,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
