package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One identification application and what each step decided. */
@Entity
@Table(name = "identification_case")
class IdentificationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Null while the applicant household is not yet registered. */
    private Long householdId;
    /** Equals householdId while open, null once decided: a unique column keeps one open case per household. */
    private Long openHouseholdId;
    /**
     * The head's ID number while the case of a household not yet registered is open, null otherwise: a unique column
     * keeps one open case per new household even when the same application arrives many times at once (R16).
     */
    private String openHeadIdNumber;

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

    private String contactPhone;

    @Enumerated(EnumType.STRING)
    private PovertyFactor returnCause;

    private boolean signedCommitment;
    private String attachmentRef;
    private Boolean appraisalPassed;
    private String appraisalMinutes;
    private String noticeText;
    private Instant noticePublishedAt;

    @Enumerated(EnumType.STRING)
    private TownshipDecision townshipDecision;

    private Integer registeredPoorPopulation;
    private Integer monitoredPopulation;
    private Boolean deepPoverty;
    private Integer limitPercent;

    @Enumerated(EnumType.STRING)
    private ScaleStatus scaleStatus;

    private String overrideReason;
    private String announcementText;
    private Instant announcedAt;
    private LocalDate identificationMonth;
    private LocalDate incomePeriodStart;
    private LocalDate incomePeriodEnd;
    private Instant escalatedAt;
    private String escalatedTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identification_case_factor", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "code")
    private Set<PovertyFactor> factors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identification_applicant", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<ApplicantMember> applicants = new ArrayList<>();

    protected IdentificationCase() {}

    IdentificationCase(
            Long householdId,
            String villageCode,
            Category kind,
            Channel channel,
            Set<PovertyFactor> factors,
            PovertyFactor returnCause,
            String startedBy,
            Instant startedAt) {
        this.householdId = householdId;
        this.openHouseholdId = householdId;
        this.villageCode = villageCode;
        this.kind = kind;
        this.channel = channel;
        this.status = CaseStatus.OPEN;
        this.factors.addAll(factors);
        this.returnCause = returnCause;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void applicant(String contactPhone, List<IdentificationApplication.ApplicantMember> members) {
        this.contactPhone = contactPhone;
        members.forEach(
                m -> applicants.add(new ApplicantMember(m.name(), m.idNumber().toUpperCase(), m.relation())));
        this.openHeadIdNumber = applicants.stream()
                .filter(a -> a.relation == Relation.HEAD)
                .map(a -> a.idNumber)
                .findFirst()
                .orElse(null);
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void verified(
            Category kind,
            Set<PovertyFactor> factors,
            PovertyFactor returnCause,
            boolean signedCommitment,
            String attachmentRef) {
        this.kind = kind;
        this.factors.clear();
        this.factors.addAll(factors);
        this.returnCause = returnCause;
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
        this.noticeText = text;
        this.noticePublishedAt = at;
    }

    void townshipReviewed(TownshipDecision decision, String comment) {
        this.townshipDecision = decision;
        if (decision == TownshipDecision.REJECT) {
            reason(comment);
        }
    }

    void scaleChecked(int registeredPoor, int monitored, boolean deepPoverty, int limitPercent, ScaleStatus status) {
        this.registeredPoorPopulation = registeredPoor;
        this.monitoredPopulation = monitored;
        this.deepPoverty = deepPoverty;
        this.limitPercent = limitPercent;
        this.scaleStatus = status;
    }

    void countyDecided(boolean approved, String overrideReason, String comment) {
        this.overrideReason = blankToNull(overrideReason);
        if (!approved) {
            reason(comment);
        }
    }

    void announced(String text, Instant at) {
        this.announcementText = text;
        this.announcedAt = at;
    }

    void escalated(String group, Instant at) {
        this.escalatedTo = group;
        this.escalatedAt = at;
    }

    void reason(String reason) {
        this.decisionComment = blankToNull(reason);
    }

    /** Registered: the household (new or not) now carries the category. */
    void register(long householdId, YearMonth month, String by, Instant at) {
        this.householdId = householdId;
        this.identificationMonth = month.atDay(1);
        // R5: from the identification month of the previous year to the month before the identification month
        this.incomePeriodStart = month.minusYears(1).atDay(1);
        this.incomePeriodEnd = month.minusMonths(1).atEndOfMonth();
        decide(true, by, at);
    }

    void decide(boolean approved, String by, Instant at) {
        this.status = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
        this.openHouseholdId = null;
        this.openHeadIdNumber = null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() {
        return id;
    }

    Long householdId() {
        return householdId;
    }

    String villageCode() {
        return villageCode;
    }

    Category kind() {
        return kind;
    }

    CaseStatus status() {
        return status;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    ScaleStatus scaleStatus() {
        return scaleStatus;
    }

    List<ApplicantMember> applicants() {
        return applicants;
    }

    String contactPhone() {
        return contactPhone;
    }

    /** Causes or risks to write to the registry: for RETURNED the return cause joins the causes found. */
    Set<PovertyFactor> registryFactors() {
        Set<PovertyFactor> all = factors.isEmpty() ? EnumSet.noneOf(PovertyFactor.class) : EnumSet.copyOf(factors);
        if (returnCause != null) {
            all.add(returnCause);
        }
        return all;
    }

    IdentificationCaseView view() {
        return new IdentificationCaseView(
                id,
                householdId,
                villageCode,
                kind,
                channel,
                status,
                factors.isEmpty() ? EnumSet.noneOf(PovertyFactor.class) : EnumSet.copyOf(factors),
                returnCause,
                processInstanceId,
                startedBy,
                startedAt,
                decidedBy,
                decidedAt,
                decisionComment,
                applicants.stream()
                        .map(a -> new IdentificationCaseView.Applicant(a.name, a.idNumber, a.relation))
                        .toList(),
                contactPhone,
                signedCommitment,
                attachmentRef,
                appraisalPassed,
                appraisalMinutes,
                noticeText,
                noticePublishedAt,
                townshipDecision,
                registeredPoorPopulation,
                monitoredPopulation,
                deepPoverty,
                limitPercent,
                scaleStatus,
                overrideReason,
                announcementText,
                identificationMonth == null ? null : YearMonth.from(identificationMonth),
                incomePeriodStart,
                incomePeriodEnd,
                escalatedTo,
                escalatedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Embeddable
    static class ApplicantMember {
        @Column(name = "name")
        String name;

        @Column(name = "id_number")
        String idNumber;

        @Enumerated(EnumType.STRING)
        @Column(name = "relation")
        Relation relation;

        protected ApplicantMember() {}

        ApplicantMember(String name, String idNumber, Relation relation) {
            this.name = name;
            this.idNumber = idNumber;
            this.relation = relation;
        }
    }
}
