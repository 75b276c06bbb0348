package cn.jiandang.identification;

import cn.jiandang.security.Masking;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An objection raised during the public notice, and how the township handled it. */
@Entity
@Table(name = "identification_objection")
class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private String content;
    private String raisedBy;
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private ObjectionStatus status;

    @Enumerated(EnumType.STRING)
    private ObjectionAction action;

    @Enumerated(EnumType.STRING)
    private ObjectionChannel channel;

    /** Who raised an online objection and how to reach them (R10); an officer's objection names the officer. */
    private String raiserName;

    private String raiserPhone;

    private String resolution;
    private String handledBy;
    private Instant handledAt;

    protected Objection() {}

    Objection(long caseId, String content, String raisedBy, Instant raisedAt) {
        this(caseId, content, raisedBy, raisedAt, ObjectionChannel.OFFICER, null, null);
    }

    Objection(
            long caseId,
            String content,
            String raisedBy,
            Instant raisedAt,
            ObjectionChannel channel,
            String raiserName,
            String raiserPhone) {
        this.caseId = caseId;
        this.content = content.strip();
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.status = ObjectionStatus.OPEN;
        this.channel = channel;
        this.raiserName = raiserName;
        this.raiserPhone = raiserPhone;
    }

    void handle(boolean upheld, ObjectionAction action, String resolution, String by, Instant at) {
        this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
        this.action = upheld ? action : null;
        this.resolution = resolution.strip();
        this.handledBy = by;
        this.handledAt = at;
    }

    void close(String by, Instant at) {
        if (status == ObjectionStatus.OPEN) {
            this.status = ObjectionStatus.CLOSED;
            this.handledBy = by;
            this.handledAt = at;
        }
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    ObjectionView view() {
        return new ObjectionView(
                id,
                caseId,
                content,
                raisedBy,
                raisedAt,
                status,
                action,
                resolution,
                handledBy,
                handledAt,
                channel == null ? ObjectionChannel.OFFICER : channel,
                raiserName,
                raiserPhone == null ? null : Masking.phone(raiserPhone));
    }
}
