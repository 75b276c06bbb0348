package cn.jiandang.publicnotice;

import cn.jiandang.household.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice or announcement as the public sees it. Only what may be shown is ever copied here (the head's name, the
 * category and its causes or risks, or who exits; the period), so that no page can leak what the row does not hold.
 */
@Entity
@Table(name = "public_notice")
class PublicNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private NoticeSource source;

    private long caseId;

    /** The household of a year-end list's row; 0 where the case is the row (identification, village exit). */
    private long subjectId;

    private String villageCode;
    private String headName;

    @Enumerated(EnumType.STRING)
    private Category category;

    /** The causes or risks, as their Chinese labels joined with 、. */
    private String factors;

    private LocalDate postedFrom;
    private LocalDate postedTo;
    private Instant publishedAt;

    protected PublicNotice() {}

    PublicNotice(NoticeSource source, long caseId, String villageCode) {
        this(source, caseId, 0, villageCode);
    }

    PublicNotice(NoticeSource source, long caseId, long subjectId, String villageCode) {
        this.source = source;
        this.caseId = caseId;
        this.subjectId = subjectId;
        this.villageCode = villageCode;
    }

    /** Posted (again, after a re-verification) with what the notice says now. */
    void post(String headName, Category category, String factors, LocalDate from, LocalDate to, Instant at) {
        this.headName = headName;
        this.category = category;
        this.factors = factors;
        this.postedFrom = from;
        this.postedTo = to;
        this.publishedAt = at;
    }

    Long id() {
        return id;
    }

    NoticeSource source() {
        return source;
    }

    long caseId() {
        return caseId;
    }

    long subjectId() {
        return subjectId;
    }

    String villageCode() {
        return villageCode;
    }

    String headName() {
        return headName;
    }

    Category category() {
        return category;
    }

    String factors() {
        return factors;
    }

    LocalDate postedFrom() {
        return postedFrom;
    }

    LocalDate postedTo() {
        return postedTo;
    }
}
