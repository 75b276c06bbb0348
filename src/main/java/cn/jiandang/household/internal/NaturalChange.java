package cn.jiandang.household.internal;

import cn.jiandang.household.NaturalChangeKind;
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
public class NaturalChange {

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

    public NaturalChange(
            long householdId, long memberId, NaturalChangeKind kind, YearMonth month, Instant at, String by) {
        this.householdId = householdId;
        this.memberId = memberId;
        this.kind = kind;
        this.changeMonth = month.atDay(1);
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** A batch correction (R7) moves the month and keeps the month first entered. */
    public void correctMonth(YearMonth month) {
        if (originalMonth == null) {
            originalMonth = changeMonth;
        }
        changeMonth = month.atDay(1);
    }

    public Long id() {
        return id;
    }

    public Long householdId() {
        return householdId;
    }

    public Long memberId() {
        return memberId;
    }

    public NaturalChangeKind kind() {
        return kind;
    }

    public YearMonth month() {
        return YearMonth.from(changeMonth);
    }

    public YearMonth originalMonth() {
        return originalMonth == null ? null : YearMonth.from(originalMonth);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
