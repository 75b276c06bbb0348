package cn.jiandang.household.counts;

import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * Population counts of a region for the rules of the procedures (R2: monitoring scale per county). Persons are
 * members; a region is a range of village codes, so each count is one range query.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdPopulation {

    /** Registered poor population (建档立卡贫困人口) still counted as poor: POOR, NEWLY_POOR and RETURNED. */
    public static final Set<Category> REGISTERED_POOR =
            EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);
    /** Monitoring objects (监测对象): monitored and marginal households, last year's included. */
    public static final Set<Category> MONITORING_OBJECTS = EnumSet.of(Category.MONITORED, Category.MARGINAL);

    private final EntityManager em;

    HouseholdPopulation(EntityManager em) {
        this.em = em;
    }

    /** Members of households of the given categories under the region. */
    public long persons(RegionCode region, Set<Category> categories) {
        return em.createQuery("""
                        select count(m) from Member m join m.household h
                        where h.villageCode between :lower and :upper and h.category in :categories
                        """, Long.class)
                .setParameter("lower", region.lowerBound())
                .setParameter("upper", region.upperBound())
                .setParameter("categories", categories)
                .getSingleResult();
    }

    /** R16: whether a person (by ID number) is already a member of some household. */
    public boolean isRegistered(String idNumber) {
        return !em.createQuery("select m.id from Member m where m.idNumber = :idNumber", Long.class)
                .setParameter("idNumber", idNumber.toUpperCase())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Number of members of one household. */
    public int size(long householdId) {
        return em.createQuery("select count(m) from Member m where m.household.id = :id", Long.class)
                .setParameter("id", householdId)
                .getSingleResult()
                .intValue();
    }
}
