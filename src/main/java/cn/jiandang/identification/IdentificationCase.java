package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * One identification application: whom it is for, where it stands, and (in {@link CaseFindings}) what each step
 * decided.
 */
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

    @Enumerated(EnumType.STRING)
    private PovertyFactor returnCause;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identification_case_factor", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "code")
    private Set<PovertyFactor> factors = new HashSet<>();

    @Embedded
    private ApplicantHousehold applicant = new ApplicantHousehold();

    @Embedded
    private CaseFindings findings = new CaseFindings();

    @Embedded
    private RegistryEntry registryEntry;

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
        findings().verified(signedCommitment, attachmentRef);
    }

    /** Registered: the household (new or not) now carries the category. */
    void register(long householdId, YearMonth month, String by, Instant at) {
        this.householdId = householdId;
        this.registryEntry = new RegistryEntry(month);
        decide(true, by, at);
    }

    void decide(boolean approved, String by, Instant at) {
        this.status = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
        this.openHouseholdId = null;
        applicant().close();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The steps' findings; Hibernate leaves an embedded value null when all its columns are. */
    CaseFindings findings() {
        if (findings == null) {
            findings = new CaseFindings();
        }
        return findings;
    }

    /** The household applied for, empty when it is registered; never null, as {@link #findings()}. */
    ApplicantHousehold applicant() {
        if (applicant == null) {
            applicant = new ApplicantHousehold();
        }
        return applicant;
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
        return findings().scale() == null ? null : findings().scale().status();
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
        CaseFindings f = findings();
        ScaleCheck scale = f.scale();
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
                f.decisionComment(),
                applicant().members().stream().map(ApplicantMember::view).toList(),
                applicant().contactPhone(),
                f.signedCommitment(),
                f.attachmentRef(),
                f.appraisalPassed(),
                f.appraisalMinutes(),
                f.notice() == null ? null : f.notice().text(),
                f.notice() == null ? null : f.notice().at(),
                f.townshipDecision(),
                scale == null ? null : scale.registeredPoorPopulation(),
                scale == null ? null : scale.monitoredPopulation(),
                scale == null ? null : scale.deepPoverty(),
                scale == null ? null : scale.limitPercent(),
                scale == null ? null : scale.status(),
                f.overrideReason(),
                f.announcement() == null ? null : f.announcement().text(),
                registryEntry == null ? null : registryEntry.identificationMonth(),
                registryEntry == null ? null : registryEntry.incomePeriodStart(),
                registryEntry == null ? null : registryEntry.incomePeriodEnd(),
                f.escalatedTo(),
                f.escalatedAt());
    }
}
