package cn.jiandang.household.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface ProjectRepository extends JpaRepository<Project, Long> {

    @Query("select p from Project p where p.countyCode between :lower and :upper order by p.id")
    List<Project> findInRange(@Param("lower") String lower, @Param("upper") String upper);

    /** Project id and its number of marginal beneficiaries, for the projects of a region subtree, in one query. */
    @Query(value = """
            select b.project_id, count(*) from project_beneficiary b
            join project p on p.id = b.project_id
            join household h on h.id = b.household_id
            where p.county_code between :lower and :upper and h.category = 'MARGINAL'
            group by b.project_id
            """, nativeQuery = true)
    List<Object[]> countMarginal(@Param("lower") String lower, @Param("upper") String upper);
}
