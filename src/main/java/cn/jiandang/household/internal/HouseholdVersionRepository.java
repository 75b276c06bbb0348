package cn.jiandang.household.internal;

import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface HouseholdVersionRepository extends JpaRepository<HouseholdVersion, Long> {

    // versions are inserted at once (identity keys), so the query needs no flush of the whole persistence context
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    @Query(
            value = "select coalesce(max(version_no), 0) from household_version where household_id = :householdId",
            nativeQuery = true)
    int lastNumber(@Param("householdId") long householdId);

    List<HouseholdVersion> findByHouseholdIdOrderByVersionNo(long householdId);

    Optional<HouseholdVersion> findByHouseholdIdAndVersionNo(long householdId, int versionNo);

    /** The current version: one step down the unique (household_id, version_no) index. */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Optional<HouseholdVersion> findFirstByHouseholdIdOrderByVersionNoDesc(long householdId);
}
