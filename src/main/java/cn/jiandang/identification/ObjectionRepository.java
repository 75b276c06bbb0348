package cn.jiandang.identification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByCaseIdOrderById(long caseId);
}
