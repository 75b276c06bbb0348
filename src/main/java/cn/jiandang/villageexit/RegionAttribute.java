package cn.jiandang.villageexit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region's attributes that decisions read (here: western or not). */
@Entity
@Table(name = "region_attribute")
class RegionAttribute {

    @Id
    private String code;
    private boolean western;

    protected RegionAttribute() {
    }

    RegionAttribute(String code, boolean western) {
        this.code = code;
        this.western = western;
    }

    void setWestern(boolean western) {
        this.western = western;
    }

    boolean western() {
        return western;
    }
}
