package cn.jiandang.featureaccess;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface FeatureGrantRepository extends JpaRepository<FeatureGrant, Long> {

    @Query("""
            select count(g) > 0 from FeatureGrant g
            where g.provinceCode = :province and g.feature = :feature and g.status in :open
              and g.validFrom <= :day and g.validUntil >= :day
            """)
    boolean isOpen(
            @Param("province") String province,
            @Param("feature") Feature feature,
            @Param("open") Collection<GrantStatus> open,
            @Param("day") LocalDate day);

    Optional<FeatureGrant> findByLiveKey(String liveKey);

    List<FeatureGrant> findByProvinceCodeOrderByIdDesc(String provinceCode);

    List<FeatureGrant> findAllByOrderByIdDesc();

    boolean existsByProvinceCode(String provinceCode);
}
