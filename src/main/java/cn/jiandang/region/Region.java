package cn.jiandang.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected Region() {
    }

    Region(RegionCode code, RegionCode parent, String name, boolean deepPoverty) {
        this.code = code.value();
        this.parentCode = parent == null ? null : parent.value();
        this.level = code.level();
        this.name = name;
        this.deepPoverty = deepPoverty;
    }

    RegionView view() {
        return new RegionView(RegionCode.of(code), parentCode == null ? null : RegionCode.of(parentCode),
                level, name, deepPoverty);
    }
}
