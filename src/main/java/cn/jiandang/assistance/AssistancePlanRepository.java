package cn.jiandang.assistance;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface AssistancePlanRepository extends JpaRepository<AssistancePlan, Long> {

    @Query("select p from AssistancePlan p join p.measures m where m.id = :measureId")
    Optional<AssistancePlan> findByMeasure(@Param("measureId") long measureId);

    /** The plan, or NOT_FOUND naming it. */
    default AssistancePlan require(long planId) {
        return findById(planId).orElseThrow(() -> BusinessException.notFound("帮扶计划 " + planId + " 不存在"));
    }
}
