package cn.jiandang.household.counts;

import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of households and persons per category under a region: one grouped query each. */
@Service
@Transactional(readOnly = true)
public class HouseholdCounts {

    private final EntityManager em;
    private final RegionAccess access;

    HouseholdCounts(EntityManager em, RegionAccess access) {
        this.em = em;
        this.access = access;
    }

    /** Households per category (categories without households count 0). */
    public Map<Category, Long> households(RegionCode scope) {
        access.checkRead(scope);
        return byCategory(em.createQuery("""
                select h.category, count(h) from Household h
                where h.villageCode between :lower and :upper and h.category is not null
                group by h.category""", Object[].class), scope);
    }

    /** Persons (members) per category of their household. */
    public Map<Category, Long> persons(RegionCode scope) {
        access.checkRead(scope);
        return byCategory(em.createQuery("""
                select h.category, count(m) from Member m join m.household h
                where h.villageCode between :lower and :upper and h.category is not null
                group by h.category""", Object[].class), scope);
    }

    private static Map<Category, Long> byCategory(TypedQuery<Object[]> query, RegionCode scope) {
        List<Object[]> rows = query.setParameter("lower", scope.lowerBound())
                .setParameter("upper", scope.upperBound())
                .getResultList();
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0L);
        }
        rows.forEach(r -> counts.put((Category) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
