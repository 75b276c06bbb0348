package cn.jiandang.region;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RegionNameHistoryRepository extends JpaRepository<RegionNameHistory, Long> {

    List<RegionNameHistory> findByCodeOrderByValidFrom(String code);
}
