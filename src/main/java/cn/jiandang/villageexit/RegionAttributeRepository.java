package cn.jiandang.villageexit;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionAttributeRepository extends JpaRepository<RegionAttribute, String> {
}
