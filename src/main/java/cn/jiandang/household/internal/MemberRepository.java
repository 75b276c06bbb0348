package cn.jiandang.household.internal;

import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("select m.household.villageCode from Member m where m.idNumber = :idNumber and m.departed = false")
    Optional<String> findVillageOfPerson(@Param("idNumber") String idNumber);

    // members are inserted at once (identity keys): the look-up needs no flush of the whole persistence context
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Optional<Member> findByIdNumber(String idNumber);

    /** R16 for a whole household in one query: ID number, whether departed, and the village of each known person. */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    @Query(value = """
            select m.id_number, m.departed, h.village_code from member m join household h on h.id = m.household_id
            where m.id_number in (:ids)
            """, nativeQuery = true)
    java.util.List<Object[]> findPeople(@Param("ids") java.util.Collection<String> idNumbers);
}
