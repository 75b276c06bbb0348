package cn.jiandang.identification;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdentificationCaseRepository extends JpaRepository<IdentificationCase, Long> {

    boolean existsByOpenHouseholdId(Long householdId);
}
