package cn.jiandang.identification;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * What the officers' steps of an identification found, in step order: the village's home verification and
 * appraisal (民主评议) and its notice (公示), the township's review, the county's scale check, decision and
 * announcement (公告), an escalation of an overdue step, and the reason a step gave for rejecting.
 */
@Embeddable
class CaseFindings {

    @Column(name = "signed_commitment")
    private boolean signedCommitment;

    @Column(name = "attachment_ref")
    private String attachmentRef;

    @Column(name = "appraisal_passed")
    private Boolean appraisalPassed;

    @Column(name = "appraisal_minutes")
    private String appraisalMinutes;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "notice_text"))
    @AttributeOverride(name = "at", column = @Column(name = "notice_published_at"))
    private Publication notice;

    @Enumerated(EnumType.STRING)
    @Column(name = "township_decision")
    private TownshipDecision townshipDecision;

    @Embedded
    private ScaleCheck scale;

    @Column(name = "override_reason")
    private String overrideReason;

    @Embedded
    @AttributeOverride(name = "text", column = @Column(name = "announcement_text"))
    @AttributeOverride(name = "at", column = @Column(name = "announced_at"))
    private Publication announcement;

    @Column(name = "escalated_to")
    private String escalatedTo;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    void verified(boolean signedCommitment, String attachmentRef) {
        this.signedCommitment = signedCommitment;
        this.attachmentRef = blankToNull(attachmentRef);
    }

    void appraised(boolean passed, String minutes, String reason) {
        this.appraisalPassed = passed;
        this.appraisalMinutes = minutes.strip();
        if (!passed) {
            reason(reason);
        }
    }

    void noticePublished(String text, Instant at) {
        this.notice = new Publication(text, at);
    }

    void townshipReviewed(TownshipDecision decision, String comment) {
        this.townshipDecision = decision;
        if (decision == TownshipDecision.REJECT) {
            reason(comment);
        }
    }

    void scaleChecked(ScaleCheck scale) {
        this.scale = scale;
    }

    void countyDecided(boolean approved, String overrideReason, String comment) {
        this.overrideReason = blankToNull(overrideReason);
        if (!approved) {
            reason(comment);
        }
    }

    void announced(String text, Instant at) {
        this.announcement = new Publication(text, at);
    }

    void escalated(String group, Instant at) {
        this.escalatedTo = group;
        this.escalatedAt = at;
    }

    void reason(String reason) {
        this.decisionComment = blankToNull(reason);
    }

    boolean signedCommitment() {
        return signedCommitment;
    }

    String attachmentRef() {
        return attachmentRef;
    }

    Boolean appraisalPassed() {
        return appraisalPassed;
    }

    String appraisalMinutes() {
        return appraisalMinutes;
    }

    /** Null until published. */
    Publication notice() {
        return notice;
    }

    TownshipDecision townshipDecision() {
        return townshipDecision;
    }

    /** Null until checked. */
    ScaleCheck scale() {
        return scale;
    }

    String overrideReason() {
        return overrideReason;
    }

    /** Null until announced. */
    Publication announcement() {
        return announcement;
    }

    String escalatedTo() {
        return escalatedTo;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    String decisionComment() {
        return decisionComment;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
