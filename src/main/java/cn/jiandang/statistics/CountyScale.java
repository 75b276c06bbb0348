package cn.jiandang.statistics;

import cn.jiandang.identification.ScaleStatus;
import cn.jiandang.region.RegionCode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** R2 of one county on a day: monitored plus marginal persons against registered poor persons and the limit. */
public record CountyScale(
        RegionCode county,
        String name,
        long registeredPoor,
        long monitored,
        boolean deepPoverty,
        int limitPercent,
        ScaleStatus status) {

    /** The share in percent, two decimals; null when the county has no registered poor population. */
    public BigDecimal sharePercent() {
        return registeredPoor == 0
                ? null
                : BigDecimal.valueOf(monitored * 100)
                        .divide(BigDecimal.valueOf(registeredPoor), 2, RoundingMode.HALF_UP);
    }

    public boolean over() {
        return status == ScaleStatus.OVER;
    }
}
