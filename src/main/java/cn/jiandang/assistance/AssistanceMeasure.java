package cn.jiandang.assistance;

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

/** One measure of a plan and what the village recorded as carried out. */
@Entity
@Table(name = "assistance_measure")
class AssistanceMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MeasureType type;

    private String description;
    private BigDecimal plannedAmount;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status;

    private LocalDate carriedOutOn;
    private BigDecimal actualAmount;
    private String projectRef;
    private String recordedBy;
    private Instant recordedAt;
    private String returnComment;

    protected AssistanceMeasure() {}

    AssistanceMeasure(MeasureType type, String description, BigDecimal plannedAmount) {
        this.type = type;
        this.description = description;
        this.plannedAmount = plannedAmount;
        this.status = MeasureStatus.PLANNED;
    }

    void record(LocalDate carriedOutOn, BigDecimal actualAmount, String projectRef, String by, Instant at) {
        this.carriedOutOn = carriedOutOn;
        this.actualAmount = actualAmount;
        this.projectRef = projectRef == null || projectRef.isBlank() ? null : projectRef.strip();
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = MeasureStatus.RECORDED;
    }

    void returnForCompletion(String comment) {
        this.status = MeasureStatus.RETURNED;
        this.returnComment = comment.strip();
    }

    void confirm() {
        this.status = MeasureStatus.CONFIRMED;
    }

    Long id() {
        return id;
    }

    MeasureStatus status() {
        return status;
    }

    MeasureView view(long planId) {
        return new MeasureView(
                id,
                planId,
                type,
                description,
                plannedAmount,
                status,
                carriedOutOn,
                actualAmount,
                projectRef,
                recordedBy,
                returnComment);
    }
}
