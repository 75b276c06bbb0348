package cn.jiandang.household.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

public interface HouseholdResidenceRepository extends JpaRepository<HouseholdResidence, Long> {

    @Query("""
            select r from HouseholdResidence r
            where r.householdId = :householdId and r.validFrom <= :date and (r.validTo is null or r.validTo > :date)
            """)
    List<HouseholdResidence> findOn(@Param("householdId") long householdId, @Param("date") LocalDate date);

    @Query("select r from HouseholdResidence r where r.householdId = :householdId and r.validTo is null")
    List<HouseholdResidence> findOpen(@Param("householdId") long householdId);

    @Query("select count(r) > 0 from HouseholdResidence r where r.householdId = :householdId")
    boolean hasHistory(@Param("householdId") long householdId);
}
