package cn.jiandang.villageexit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A region's attributes that decisions read: a province is western or not (exit threshold); a village is a poor
 * village (贫困村) or not, and once its exit is announced, the year it exited (出列).
 */
@Entity
@Table(name = "region_attribute")
class RegionAttribute {

    @Id
    private String code;

    private boolean western;
    private boolean poorVillage;
    private Integer poorVillageExitYear;

    protected RegionAttribute() {}

    RegionAttribute(String code, boolean western) {
        this.code = code;
        this.western = western;
    }

    void setWestern(boolean western) {
        this.western = western;
    }

    void setPoorVillage(boolean poorVillage) {
        this.poorVillage = poorVillage;
    }

    void exitedIn(int year) {
        this.poorVillageExitYear = year;
    }

    boolean western() {
        return western;
    }

    String code() {
        return code;
    }

    boolean poorVillage() {
        return poorVillage;
    }

    /** Null while the poor village has not exited. */
    Integer exitYear() {
        return poorVillageExitYear;
    }

    PoorVillageView poorVillageView(String name) {
        return new PoorVillageView(code, name, poorVillageExitYear);
    }
}
