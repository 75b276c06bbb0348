package cn.jiandang.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A natural change (自然变更) of one member, marked to the month (R11). */
@Entity
@Table(name = "natural_change")
class NaturalChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long householdId;
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private NaturalChangeKind kind;

    private LocalDate changeMonth;
    private LocalDate originalMonth;
    private Instant recordedAt;
    private String recordedBy;

    protected NaturalChange() {}

    NaturalChange(long householdId, long memberId, NaturalChangeKind kind, YearMonth month, Instant at, String by) {
        this.householdId = householdId;
        this.memberId = memberId;
        this.kind = kind;
        this.changeMonth = month.atDay(1);
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** A batch correction (R7) moves the month and keeps the month first entered. */
    void correctMonth(YearMonth month) {
        if (originalMonth == null) {
            originalMonth = changeMonth;
        }
        changeMonth = month.atDay(1);
    }

    Long id() {
        return id;
    }

    Long householdId() {
        return householdId;
    }

    Long memberId() {
        return memberId;
    }

    NaturalChangeKind kind() {
        return kind;
    }

    YearMonth month() {
        return YearMonth.from(changeMonth);
    }

    YearMonth originalMonth() {
        return originalMonth == null ? null : YearMonth.from(originalMonth);
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }
}
