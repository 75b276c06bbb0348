package cn.jiandang.featureaccess;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The kept history of openings and closings; rows are only ever added. */
@Entity
@Table(name = "feature_grant_event")
class FeatureGrantEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long grantId;
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    private Feature feature;

    @Enumerated(EnumType.STRING)
    private GrantEvent event;

    private Instant happenedAt;

    @Column(name = "by_user")
    private String byUser;

    private String comment;

    protected FeatureGrantEvent() {}

    FeatureGrantEvent(FeatureGrant grant, GrantEvent event, Instant at, String by, String comment) {
        this.grantId = grant.id();
        this.provinceCode = grant.provinceCode();
        this.feature = grant.feature();
        this.event = event;
        this.happenedAt = at;
        this.byUser = by;
        this.comment = comment;
    }

    FeatureGrantEventView view() {
        return new FeatureGrantEventView(grantId, provinceCode, feature, event, happenedAt, byUser, comment);
    }
}
