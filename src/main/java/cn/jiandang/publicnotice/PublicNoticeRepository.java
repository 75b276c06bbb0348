package cn.jiandang.publicnotice;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    Optional<PublicNotice> findBySourceAndCaseId(NoticeSource source, long caseId);

    List<PublicNotice> findAllBySourceAndCaseId(NoticeSource source, long caseId);

    /** A village's board: one range of the index (village_code, posted_to), newest first, capped by the page. */
    @Query("select n from PublicNotice n where n.villageCode = :village and n.postedTo >= :shownSince"
            + " order by n.postedFrom desc, n.id desc")
    List<PublicNotice> board(String village, LocalDate shownSince, Pageable page);
}
