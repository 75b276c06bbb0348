package cn.jiandang.identification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * R2: what the scale check found for the county when the case came to it: its registered-poor and monitored
 * populations, whether it is a deep-poverty county, the limit in percent that applies and the resulting status.
 */
@Embeddable
class ScaleCheck {
    @Column(name = "registered_poor_population")
    private Integer registeredPoorPopulation;

    @Column(name = "monitored_population")
    private Integer monitoredPopulation;

    @Column(name = "deep_poverty")
    private Boolean deepPoverty;

    @Column(name = "limit_percent")
    private Integer limitPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale_status")
    private ScaleStatus status;

    protected ScaleCheck() {}

    ScaleCheck(int registeredPoor, int monitored, boolean deepPoverty, int limitPercent, ScaleStatus status) {
        this.registeredPoorPopulation = registeredPoor;
        this.monitoredPopulation = monitored;
        this.deepPoverty = deepPoverty;
        this.limitPercent = limitPercent;
        this.status = status;
    }

    Integer registeredPoorPopulation() {
        return registeredPoorPopulation;
    }

    Integer monitoredPopulation() {
        return monitoredPopulation;
    }

    Boolean deepPoverty() {
        return deepPoverty;
    }

    Integer limitPercent() {
        return limitPercent;
    }

    ScaleStatus status() {
        return status;
    }
}
