package cn.jiandang.region;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findByCodeBetweenOrderByCode(String lower, String upper);

    List<Region> findByCodeBetweenAndLevelAndNameContainingOrderByCode(
            String lower, String upper, RegionLevel level, String name, Pageable page);

    long countByCodeBetweenAndLevelAndNameContaining(String lower, String upper, RegionLevel level, String name);
}
