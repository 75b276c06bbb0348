package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** One identification application and what each step decided. */
@Entity
@Table(name = "identification_case")
class IdentificationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long householdId;
    /** Equals householdId while open, null once decided: a unique column keeps one open case per household. */
    private Long openHouseholdId;
    private String villageCode;
    @Enumerated(EnumType.STRING)
    private Category kind;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String processInstanceId;
    private String startedBy;
    private Instant startedAt;
    private String decidedBy;
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identification_case_factor", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "code")
    private Set<PovertyFactor> factors = new HashSet<>();

    protected IdentificationCase() {
    }

    IdentificationCase(long householdId, String villageCode, Category kind, Channel channel, Set<PovertyFactor> factors,
                       String startedBy, Instant startedAt) {
        this.householdId = householdId;
        this.openHouseholdId = householdId;
        this.villageCode = villageCode;
        this.kind = kind;
        this.channel = channel;
        this.status = CaseStatus.OPEN;
        this.factors.addAll(factors);
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void verified(Set<PovertyFactor> factors) {
        this.factors.clear();
        this.factors.addAll(factors);
    }

    void reviewed(String comment) {
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void decide(boolean approved, String by, Instant at) {
        this.status = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
        this.openHouseholdId = null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() {
        return id;
    }

    IdentificationCaseView view() {
        return new IdentificationCaseView(id, householdId, villageCode, kind, channel, status,
                factors.isEmpty() ? EnumSet.noneOf(PovertyFactor.class) : EnumSet.copyOf(factors),
                processInstanceId, startedBy, startedAt, decidedBy, decidedAt, decisionComment);
    }
}
