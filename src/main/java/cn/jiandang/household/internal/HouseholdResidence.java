package cn.jiandang.household.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The village a household belonged to from a date to a date (null: still), kept when villages are adjusted. */
@Entity
@Table(name = "household_residence")
public class HouseholdResidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long householdId;
    private String villageCode;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected HouseholdResidence() {}

    public HouseholdResidence(long householdId, String villageCode, LocalDate validFrom, LocalDate validTo) {
        this.householdId = householdId;
        this.villageCode = villageCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public void end(LocalDate date) {
        this.validTo = date;
    }

    public String villageCode() {
        return villageCode;
    }
}
