package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByCaseIdOrderById(long caseId);

    /** The objection, or NOT_FOUND naming it. */
    default Objection require(long id) {
        return findById(id).orElseThrow(() -> BusinessException.notFound("异议 " + id + " 不存在"));
    }
}
