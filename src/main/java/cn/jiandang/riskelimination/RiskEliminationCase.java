package cn.jiandang.riskelimination;

import cn.jiandang.household.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One proposal that a monitored or marginal household's risk is gone, and what each step decided. */
@Entity
@Table(name = "risk_elimination_case")
class RiskEliminationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long householdId;
    /** Equals householdId while open, null once decided: one open case per household. */
    private Long openHouseholdId;

    private String villageCode;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private RiskCaseStatus status;

    private String processInstanceId;
    private String proposedBy;
    private Instant proposedAt;
    private LocalDate incomePeriodStart;
    private LocalDate incomePeriodEnd;
    private BigDecimal perCapitaIncome;
    private BigDecimal monitoringLine;
    private boolean schoolingSecure;
    private boolean medicalSecure;
    private boolean housingSecure;
    private boolean drinkingWaterSecure;
    private boolean riskGone;
    private boolean noNewRisk;
    private String evidenceNote;
    private Boolean appraisalPassed;
    private String appraisalMinutes;
    private String noticeText;

    @Enumerated(EnumType.STRING)
    private ReviewDecision townshipDecision;

    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected RiskEliminationCase() {}

    RiskEliminationCase(
            long householdId,
            String villageCode,
            Category category,
            RiskEvidence e,
            LocalDate periodStart,
            LocalDate periodEnd,
            String proposedBy,
            Instant proposedAt) {
        this.householdId = householdId;
        this.openHouseholdId = householdId;
        this.villageCode = villageCode;
        this.category = category;
        this.status = RiskCaseStatus.OPEN;
        this.incomePeriodStart = periodStart;
        this.incomePeriodEnd = periodEnd;
        this.perCapitaIncome = e.perCapitaIncome();
        this.monitoringLine = e.monitoringLine();
        this.schoolingSecure = e.schoolingSecure();
        this.medicalSecure = e.medicalSecure();
        this.housingSecure = e.housingSecure();
        this.drinkingWaterSecure = e.drinkingWaterSecure();
        this.riskGone = e.riskGone();
        this.noNewRisk = e.noNewRisk();
        this.evidenceNote =
                e.note() == null || e.note().isBlank() ? null : e.note().strip();
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void appraised(boolean passed, String minutes) {
        this.appraisalPassed = passed;
        this.appraisalMinutes = minutes.strip();
    }

    void noticePublished(String text) {
        this.noticeText = text;
    }

    void townshipReviewed(ReviewDecision decision) {
        this.townshipDecision = decision;
    }

    void reason(String reason) {
        this.decisionComment = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void decide(boolean eliminated, String by, Instant at) {
        this.status = eliminated ? RiskCaseStatus.ELIMINATED : RiskCaseStatus.REJECTED;
        this.openHouseholdId = null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() {
        return id;
    }

    long householdId() {
        return householdId;
    }

    RiskEliminationCaseView view() {
        return new RiskEliminationCaseView(
                id,
                householdId,
                villageCode,
                category,
                status,
                processInstanceId,
                proposedBy,
                proposedAt,
                incomePeriodStart,
                incomePeriodEnd,
                perCapitaIncome,
                monitoringLine,
                schoolingSecure,
                medicalSecure,
                housingSecure,
                drinkingWaterSecure,
                riskGone,
                noNewRisk,
                evidenceNote,
                appraisalPassed,
                appraisalMinutes,
                noticeText,
                townshipDecision,
                decidedBy,
                decidedAt,
                decisionComment);
    }
}
