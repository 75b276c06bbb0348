package cn.jiandang.household.internal;

import cn.jiandang.household.Category;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

    /** A region subtree is a range of village codes: one index range scan, never a loop over children. */
    @Query(value = """
            select h from Household h
            where h.villageCode between :lower and :upper
              and (:category is null or h.category = :category)
            """)
    Page<Household> findInRange(
            @Param("lower") String lower,
            @Param("upper") String upper,
            @Param("category") Category category,
            Pageable pageable);

    /** Households of some categories identified in a month range, in a region subtree (R7). */
    @Query("""
            select h from Household h
            where h.villageCode between :lower and :upper
              and h.category in :categories
              and h.identificationMonth between :from and :to
            order by h.id
            """)
    List<Household> findByMonthRange(
            @Param("lower") String lower,
            @Param("upper") String upper,
            @Param("categories") Collection<Category> categories,
            @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to);

    @Query("select h from Household h where h.villageCode = :village order by h.id")
    List<Household> findByVillage(@Param("village") String village);

    /**
     * The households' members as scalars, ordered by household and member (a household without members: one row with
     * null member fields): what a summary needs without loading a household entity into the session.
     */
    @Query("""
            select new cn.jiandang.household.internal.SummaryRow(h.id, h.villageCode, h.category,
                   m.id, m.name, m.idNumber, m.relation, m.departed)
            from Household h left join h.members m
            where h.id in :ids
            order by h.id, m.id
            """)
    List<SummaryRow> findSummaryRows(@Param("ids") Collection<Long> ids);

    /**
     * {@link #findSummaryRows} of one household (a notice naming its head): a query without a list parameter, whose
     * translation Hibernate keeps (with a list parameter it translates the query again on every call).
     */
    @Query("""
            select new cn.jiandang.household.internal.SummaryRow(h.id, h.villageCode, h.category,
                   m.id, m.name, m.idNumber, m.relation, m.departed)
            from Household h left join h.members m
            where h.id = :id
            order by m.id
            """)
    List<SummaryRow> findSummaryRowsOf(@Param("id") long id);

    @EntityGraph(attributePaths = "members")
    @Query("select h from Household h where h.id = :id")
    Optional<Household> findDetailed(@Param("id") long id);

    @Query("select h.villageCode from Household h where h.id = :id")
    Optional<String> findVillageCode(@Param("id") long id);

    @Query("select h.category from Household h where h.id = :id")
    Optional<Category> findCategory(@Param("id") long id);

    /**
     * A household's net income of a year (null without a record) and its size on the counting date (R6); the
     * queries below add their conditions.
     */
    String INCOME_ROWS = """
            select new cn.jiandang.household.internal.IncomeRow(h.id, h.villageCode, h.category,
                   i.wages + i.production + i.property + i.transfer - i.productionCosts,
                   (select count(m) from Membership m
                    where m.householdId = h.id
                      and (m.joinedMonth is null or m.joinedMonth <= :month)
                      and (m.leftMonth is null or m.leftMonth > :month)))
            from Household h left join h.incomes i on i.year = :year
            """;

    @Query(INCOME_ROWS + "where h.id = :id")
    Optional<IncomeRow> findIncome(
            @Param("id") long id, @Param("year") int year, @Param("month") java.time.LocalDate firstOfMonth);
}
