package cn.jiandang.riskelimination;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskEliminationCaseRepository extends JpaRepository<RiskEliminationCase, Long> {

    boolean existsByOpenHouseholdId(Long householdId);
}
