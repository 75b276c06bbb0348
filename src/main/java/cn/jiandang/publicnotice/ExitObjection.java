package cn.jiandang.publicnotice;

import cn.jiandang.security.Masking;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An objection raised on the public board against an exit notice, waiting for the township: registered as the case's
 * objection, or dismissed with a reason. Written once by the visitor, decided once by an officer.
 */
@Entity
@Table(name = "exit_objection")
class ExitObjection {

    /** Where an online objection to an exit stands. */
    enum Status {
        PENDING,
        REGISTERED,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long noticeId;

    @Enumerated(EnumType.STRING)
    private NoticeSource source;

    private long caseId;

    /** The household of a year-end list's row; 0 for a village's exit. */
    private long subjectId;

    private String villageCode;

    /** Who the notice names: the household's head or the village. */
    private String subjectName;

    private String raiserName;
    private String raiserPhone;
    private String content;
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String decidedBy;
    private Instant decidedAt;
    private String reason;

    protected ExitObjection() {}

    ExitObjection(PublicNotice notice, String raiserName, String raiserPhone, String content, Instant raisedAt) {
        this.noticeId = notice.id();
        this.source = notice.source();
        this.caseId = notice.caseId();
        this.subjectId = notice.subjectId();
        this.villageCode = notice.villageCode();
        this.subjectName = notice.headName();
        this.raiserName = raiserName;
        this.raiserPhone = raiserPhone;
        this.content = content;
        this.raisedAt = raisedAt;
        this.status = Status.PENDING;
    }

    void decide(Status to, String officer, Instant at, String reason) {
        this.status = to;
        this.decidedBy = officer;
        this.decidedAt = at;
        this.reason = reason;
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

    String raiserName() {
        return raiserName;
    }

    String raiserPhone() {
        return raiserPhone;
    }

    String content() {
        return content;
    }

    Status status() {
        return status;
    }

    ExitObjectionView view() {
        return new ExitObjectionView(
                id,
                source.title(),
                villageCode,
                subjectName,
                raiserName,
                Masking.phone(raiserPhone),
                content,
                raisedAt,
                status.name(),
                decidedBy,
                decidedAt,
                reason);
    }
}
