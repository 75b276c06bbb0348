package cn.jiandang.audit.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

import java.util.List;

/** Reads only: no save, no delete (a plain {@link Repository}, not a JpaRepository). */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    List<AuditEntry> findByHouseholdIdOrderByOccurredAtDescIdDesc(Long householdId, Limit limit);
}
