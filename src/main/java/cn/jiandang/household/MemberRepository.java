package cn.jiandang.household;

import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("select m.household.villageCode from Member m where m.idNumber = :idNumber and m.departed = false")
    Optional<String> findVillageOfPerson(@Param("idNumber") String idNumber);

    // members are inserted at once (identity keys): the look-up needs no flush of the whole persistence context
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Optional<Member> findByIdNumber(String idNumber);
}
