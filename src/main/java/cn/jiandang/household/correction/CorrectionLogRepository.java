package cn.jiandang.household.correction;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionLogRepository extends JpaRepository<CorrectionLog, Long> {

    long countByRule(String rule);
}
