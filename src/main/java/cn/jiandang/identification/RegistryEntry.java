package cn.jiandang.identification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What an approved case wrote into the registry: the identification month, and (R5) the income period counted for
 * it, from the identification month of the previous year to the month before the identification month.
 */
@Embeddable
class RegistryEntry {
    @Column(name = "identification_month")
    private LocalDate identificationMonth;

    @Column(name = "income_period_start")
    private LocalDate incomePeriodStart;

    @Column(name = "income_period_end")
    private LocalDate incomePeriodEnd;

    protected RegistryEntry() {}

    RegistryEntry(YearMonth month) {
        this.identificationMonth = month.atDay(1);
        this.incomePeriodStart = month.minusYears(1).atDay(1);
        this.incomePeriodEnd = month.minusMonths(1).atEndOfMonth();
    }

    YearMonth identificationMonth() {
        return identificationMonth == null ? null : YearMonth.from(identificationMonth);
    }

    LocalDate incomePeriodStart() {
        return incomePeriodStart;
    }

    LocalDate incomePeriodEnd() {
        return incomePeriodEnd;
    }
}
