package cn.jiandang.household;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface MemberRepository extends JpaRepository<Member, Long> {

    @Query("select m.household.villageCode from Member m where m.idNumber = :idNumber")
    Optional<String> findVillageOfPerson(@Param("idNumber") String idNumber);
}
