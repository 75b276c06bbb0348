package cn.jiandang.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "region")
class Region {

    @Id
    private String code;

    private String parentCode;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    private String name;

    @Column(name = "deep_poverty")
    private boolean deepPoverty;

    private LocalDate validFrom;
    private LocalDate validTo;
    private String successorCode;

    protected Region() {}

    Region(RegionCode code, RegionCode parent, String name, boolean deepPoverty) {
        this.code = code.value();
        this.parentCode = parent == null ? null : parent.value();
        this.level = code.level();
        this.name = name;
        this.deepPoverty = deepPoverty;
    }

    Region(RegionCode code, RegionCode parent, String name, boolean deepPoverty, LocalDate validFrom) {
        this(code, parent, name, deepPoverty);
        this.validFrom = validFrom;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Merged into or moved to another code: the region ends, its successor takes over. */
    void retire(LocalDate end, RegionCode successor) {
        this.validTo = end;
        this.successorCode = successor == null ? null : successor.value();
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    String successorCode() {
        return successorCode;
    }

    RegionView view() {
        return new RegionView(
                RegionCode.of(code), parentCode == null ? null : RegionCode.of(parentCode), level, name, deepPoverty);
    }
}
