package cn.jiandang.villageexit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface VillageExitCaseRepository extends JpaRepository<VillageExitCase, Long> {

    Optional<VillageExitCase> findByLiveVillageCode(String villageCode);

    List<VillageExitCase> findByVillageCodeBetweenOrderByIdDesc(String lower, String upper);
}
