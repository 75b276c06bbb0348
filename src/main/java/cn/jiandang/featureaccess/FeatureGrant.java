package cn.jiandang.featureaccess;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One request to open a function for a province, and its opening period once approved. */
@Entity
@Table(name = "feature_grant")
class FeatureGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String provinceCode;

    @Enumerated(EnumType.STRING)
    private Feature feature;

    @Enumerated(EnumType.STRING)
    private GrantStatus status;

    private String reason;
    private LocalDate validFrom;
    private LocalDate validUntil;
    /** "province:feature" while requested or open, null afterwards: a unique column keeps one live grant. */
    private String liveKey;

    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;
    private String closeReason;
    private String closedBy;
    private Instant closedAt;
    private String processInstanceId;

    protected FeatureGrant() {}

    FeatureGrant(
            String provinceCode,
            Feature feature,
            String reason,
            LocalDate validFrom,
            LocalDate validUntil,
            String requestedBy,
            Instant requestedAt) {
        this.provinceCode = provinceCode;
        this.feature = feature;
        this.reason = reason;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = GrantStatus.REQUESTED;
        this.liveKey = provinceCode + ":" + feature.name();
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decided(boolean approved, String by, Instant at, String comment) {
        this.status = approved ? GrantStatus.OPEN : GrantStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
        if (!approved) {
            liveKey = null;
        }
    }

    void closeRequested(String reason) {
        this.status = GrantStatus.CLOSE_REQUESTED;
        this.closeReason = reason;
    }

    void closeRefused() {
        this.status = GrantStatus.OPEN;
    }

    void closed(GrantStatus how, String by, Instant at) {
        this.status = how;
        this.closedBy = by;
        this.closedAt = at;
        this.liveKey = null;
    }

    Long id() {
        return id;
    }

    GrantStatus status() {
        return status;
    }

    String provinceCode() {
        return provinceCode;
    }

    Feature feature() {
        return feature;
    }

    FeatureGrantView view() {
        return new FeatureGrantView(
                id,
                provinceCode,
                feature,
                status,
                reason,
                validFrom,
                validUntil,
                requestedBy,
                requestedAt,
                decidedBy,
                decidedAt,
                decisionComment,
                closeReason,
                closedBy,
                closedAt,
                processInstanceId);
    }
}
