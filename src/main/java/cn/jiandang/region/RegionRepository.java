package cn.jiandang.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findByCodeBetweenOrderByCode(String lower, String upper);
}
