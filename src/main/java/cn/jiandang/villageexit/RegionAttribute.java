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

    boolean western() {
        return western;
    }
}
