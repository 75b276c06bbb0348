package cn.jiandang.villageexit;

import java.math.BigDecimal;
import java.time.Instant;

/** A village-exit case as forms and lists see it; incidence as a fraction. */
public record VillageExitCaseView(
        long id,
        String villageCode,
        int population,
        int poorPopulation,
        BigDecimal incidence,
        boolean western,
        Boolean qualifies,
        VillageExitStatus status,
        String reason,
        String proposedBy,
        Instant proposedAt,
        String countyComment,
        String objection,
        Instant noticeStartedAt,
        String decidedBy,
        Instant decidedAt,
        Instant provinceInformedAt,
        String processInstanceId) {

    /** Threshold the DMN applies by default, for display: 3% in the west, 2% elsewhere. */
    public String thresholdLabel() {
        return western ? "3%" : "2%";
    }
}
