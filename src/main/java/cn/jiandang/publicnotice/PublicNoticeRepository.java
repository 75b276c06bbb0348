package cn.jiandang.publicnotice;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    /** Written out rather than derived: its translation is cached (a derived query is translated on every call). */
    @Query("select n from PublicNotice n where n.source = :source and n.caseId = :caseId")
    Optional<PublicNotice> findBySourceAndCaseId(@Param("source") NoticeSource source, @Param("caseId") long caseId);

    List<PublicNotice> findAllBySourceAndCaseId(NoticeSource source, long caseId);

    /** A village's board: one range of the index (village_code, posted_to), newest first, capped by the page. */
    @Query("select n from PublicNotice n where n.villageCode = :village and n.postedTo >= :shownSince"
            + " order by n.postedFrom desc, n.id desc")
    List<PublicNotice> board(String village, LocalDate shownSince, Pageable page);
}
