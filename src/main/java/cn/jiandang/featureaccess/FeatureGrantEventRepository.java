package cn.jiandang.featureaccess;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FeatureGrantEventRepository extends JpaRepository<FeatureGrantEvent, Long> {

    List<FeatureGrantEvent> findByProvinceCodeOrderByIdDesc(String provinceCode);

    List<FeatureGrantEvent> findByGrantIdOrderById(long grantId);
}
