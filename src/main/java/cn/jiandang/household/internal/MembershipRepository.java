package cn.jiandang.household.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Optional;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** Members on a date: joined in or before its month (or from the start) and not left by then. */
    @Query("""
            select count(m) from Membership m
            where m.householdId = :householdId
              and (m.joinedMonth is null or m.joinedMonth <= :month)
              and (m.leftMonth is null or m.leftMonth > :month)
            """)
    long countAt(@Param("householdId") long householdId, @Param("month") LocalDate firstOfMonth);

    @Query("""
            select m from Membership m
            where m.householdId = :householdId and m.memberId = :memberId and m.leftMonth is null
            """)
    Optional<Membership> findOpen(@Param("householdId") long householdId, @Param("memberId") long memberId);

    @Query("""
            select m from Membership m
            where m.householdId = :householdId and m.memberId = :memberId
            order by m.id desc
            """)
    java.util.List<Membership> findOf(@Param("householdId") long householdId, @Param("memberId") long memberId);
}
