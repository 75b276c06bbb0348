package cn.jiandang.villageexit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RegionAttributeRepository extends JpaRepository<RegionAttribute, String> {

    /** Poor villages of a region subtree (a range of codes), exited ones included. */
    List<RegionAttribute> findByCodeBetweenAndPoorVillageTrueOrderByCode(String lower, String upper);
}
