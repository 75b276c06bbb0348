package cn.jiandang.household.internal;

import cn.jiandang.household.IncomeRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A row of {@code household_income}: the income of one year, in yuan with 2 decimals; one per year. */
@Embeddable
public class Income {
    /** Named in JPQL ({@code i.year}) by the income queries of {@link HouseholdRepository}. */
    @Column(name = "income_year")
    int year;

    BigDecimal wages;
    BigDecimal production;
    BigDecimal property;
    BigDecimal transfer;
    BigDecimal productionCosts;

    protected Income() {}

    public Income(IncomeRecord r) {
        this.year = r.year();
        this.wages = r.wages();
        this.production = r.production();
        this.property = r.property();
        this.transfer = r.transfer();
        this.productionCosts = r.productionCosts();
    }

    public IncomeRecord record() {
        return new IncomeRecord(year, wages, production, property, transfer, productionCosts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Income i && i.year == year;
    }

    @Override
    public int hashCode() {
        return year;
    }
}
