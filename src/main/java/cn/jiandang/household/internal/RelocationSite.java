package cn.jiandang.household.internal;

import cn.jiandang.household.Coordinates;
import cn.jiandang.household.Relocation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * R9: whether the household was relocated (易地扶贫搬迁) and its positions before and after, as the columns
 * {@code relocated}, {@code longitude_before}… of {@code household}; the positions are null when not relocated.
 */
@Embeddable
class RelocationSite {
    @Column(name = "relocated")
    private boolean relocated;

    @Column(name = "longitude_before")
    private BigDecimal longitudeBefore;

    @Column(name = "latitude_before")
    private BigDecimal latitudeBefore;

    @Column(name = "longitude_after")
    private BigDecimal longitudeAfter;

    @Column(name = "latitude_after")
    private BigDecimal latitudeAfter;

    protected RelocationSite() {}

    /** {@code relocation} null: not relocated. */
    RelocationSite(Relocation relocation) {
        this.relocated = relocation != null;
        if (relocation != null) {
            this.longitudeBefore = relocation.before().longitude();
            this.latitudeBefore = relocation.before().latitude();
            this.longitudeAfter = relocation.after().longitude();
            this.latitudeAfter = relocation.after().latitude();
        }
    }

    /** Null when not relocated. */
    Relocation relocation() {
        if (!relocated) {
            return null;
        }
        return new Relocation(
                new Coordinates(longitudeBefore, latitudeBefore), new Coordinates(longitudeAfter, latitudeAfter));
    }
}
