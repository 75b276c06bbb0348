package cn.jiandang.household;

import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface HouseholdVersionRepository extends JpaRepository<HouseholdVersion, Long> {

    // versions are inserted at once (identity keys), so the query needs no flush of the whole persistence context
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    @Query("select coalesce(max(v.versionNo), 0) from HouseholdVersion v where v.householdId = :householdId")
    int lastNumber(@Param("householdId") long householdId);

    List<HouseholdVersion> findByHouseholdIdOrderByVersionNo(long householdId);

    Optional<HouseholdVersion> findByHouseholdIdAndVersionNo(long householdId, int versionNo);
}
