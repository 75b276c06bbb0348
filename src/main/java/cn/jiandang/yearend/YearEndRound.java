package cn.jiandang.yearend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "year_end_round")
class YearEndRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String areaCode;

    @Column(name = "round_year")
    private int year;

    private int noticeDays;
    private String openedBy;
    private Instant openedAt;
    private BigDecimal povertyLine;
    private int withoutIncome;
    private int atOrBelowLine;

    protected YearEndRound() {}

    YearEndRound(String areaCode, int year, int noticeDays, BigDecimal povertyLine, String openedBy, Instant openedAt) {
        this.areaCode = areaCode;
        this.year = year;
        this.noticeDays = noticeDays;
        this.povertyLine = povertyLine;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** How many households of the exiting categories the income left out of the candidates. */
    void leftOut(int withoutIncome, int atOrBelowLine) {
        this.withoutIncome = withoutIncome;
        this.atOrBelowLine = atOrBelowLine;
    }

    /** Null for a round opened before lines were kept. */
    BigDecimal povertyLine() {
        return povertyLine;
    }

    Long id() {
        return id;
    }

    String areaCode() {
        return areaCode;
    }

    int year() {
        return year;
    }

    int noticeDays() {
        return noticeDays;
    }

    RoundView view(int cases) {
        return new RoundView(
                id, areaCode, year, noticeDays, openedBy, openedAt, cases, povertyLine, withoutIncome, atOrBelowLine);
    }
}
