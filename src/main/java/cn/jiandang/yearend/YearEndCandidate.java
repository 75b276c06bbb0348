package cn.jiandang.yearend;

import cn.jiandang.household.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Set;

@Entity
@Table(name = "year_end_candidate")
class YearEndCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private YearEndCase yearEndCase;

    private long householdId;

    @Enumerated(EnumType.STRING)
    private Category categoryBefore;

    private boolean included = true;
    private boolean consent = true;
    private String reason;
    private String excludedStep;
    private String objection;
    private boolean exited;
    private BigDecimal perCapitaIncome;
    private String insecure;

    protected YearEndCandidate() {}

    YearEndCandidate(YearEndCase yearEndCase, long householdId, Category categoryBefore, BigDecimal perCapitaIncome) {
        this.yearEndCase = yearEndCase;
        this.householdId = householdId;
        this.categoryBefore = categoryBefore;
        this.perCapitaIncome = perCapitaIncome;
    }

    /** {@code insecure} null: the needs recorded so far stay. */
    void decide(boolean included, boolean consent, String reason, String step, Set<BasicNeed> insecure) {
        if (insecure != null) {
            this.insecure = BasicNeed.encode(insecure);
        }
        this.included = included;
        this.consent = consent;
        this.reason = included ? null : reason;
        this.excludedStep = included ? null : step;
    }

    void objected(String objection) {
        this.objection = objection;
    }

    void exited() {
        this.exited = true;
    }

    long householdId() {
        return householdId;
    }

    Category categoryBefore() {
        return categoryBefore;
    }

    boolean included() {
        return included;
    }

    Set<BasicNeed> insecure() {
        return BasicNeed.decode(insecure);
    }

    CandidateView view(String headName) {
        return new CandidateView(
                householdId,
                headName,
                categoryBefore,
                included,
                consent,
                reason,
                excludedStep,
                objection,
                exited,
                perCapitaIncome,
                insecure());
    }
}
