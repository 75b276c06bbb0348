package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.Household;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R3: the "risk eliminated" flag (致贫（返贫）风险已消除) of a monitored or marginal household, set only by the
 * risk-elimination procedure; each change is a new version of the household. The procedure's case keeps who
 * decided and in which process instance.
 */
@Service
@Transactional
public class RiskEliminationRecorder {

    private final EntityManager em;

    RiskEliminationRecorder(EntityManager em) {
        this.em = em;
    }

    /** Whether the flag is set; false for an unknown household. */
    @Transactional(readOnly = true)
    public boolean isRiskEliminated(long householdId) {
        Household h = em.find(Household.class, householdId);
        return h != null && h.riskEliminated();
    }

    /** Sets the flag to yes with a new version; refused unless the household is a monitoring object. */
    public void markEliminated(long householdId) {
        em.flush();
        int updated = em.createNativeQuery("""
                        update household set risk_eliminated = true, version = version + 1
                        where id = ? and category in ('MONITORED', 'MARGINAL')
                        """).setParameter(1, householdId).executeUpdate();
        if (updated != 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "该户已不是脱贫监测户或边缘户，不能标注风险已消除（R3）");
        }
        Household managed = em.find(Household.class, householdId);
        if (managed != null) {
            em.refresh(managed);
        }
    }
}
