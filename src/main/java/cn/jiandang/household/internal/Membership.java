package cn.jiandang.household.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.YearMonth;

/** A period in which a person belonged to a household, to the month: the basis of household size at a date (R6). */
@Entity
@Table(name = "household_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long householdId;
    private Long memberId;
    private LocalDate joinedMonth;
    private LocalDate leftMonth;

    protected Membership() {}

    public Membership(long householdId, long memberId, YearMonth joined) {
        this.householdId = householdId;
        this.memberId = memberId;
        this.joinedMonth = joined == null ? null : joined.atDay(1);
    }

    public void leave(YearMonth month) {
        this.leftMonth = month.atDay(1);
    }

    public void moveJoined(YearMonth month) {
        this.joinedMonth = month.atDay(1);
    }

    public void moveLeft(YearMonth month) {
        this.leftMonth = month.atDay(1);
    }

    public Long memberId() {
        return memberId;
    }

    public YearMonth joinedMonth() {
        return joinedMonth == null ? null : YearMonth.from(joinedMonth);
    }

    public YearMonth leftMonth() {
        return leftMonth == null ? null : YearMonth.from(leftMonth);
    }
}
