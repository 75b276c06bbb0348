package cn.jiandang.region;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One name of a region with the dates it was valid; a temporary name (暂用名称) is marked as such. */
@Entity
@Table(name = "region_name_history")
class RegionNameHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean temporary;

    @Enumerated(EnumType.STRING)
    private RegionAdjustment reason;

    protected RegionNameHistory() {}

    RegionNameHistory(RegionCode code, String name, LocalDate validFrom, boolean temporary, RegionAdjustment reason) {
        this.code = code.value();
        this.name = name;
        this.validFrom = validFrom;
        this.temporary = temporary;
        this.reason = reason;
    }

    void end(LocalDate validTo) {
        this.validTo = validTo;
    }

    boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    LocalDate validTo() {
        return validTo;
    }

    RegionNameView view() {
        return new RegionNameView(RegionCode.of(code), name, validFrom, validTo, temporary, reason);
    }
}
