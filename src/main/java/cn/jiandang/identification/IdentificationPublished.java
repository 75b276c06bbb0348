package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;

import java.time.LocalDate;
import java.util.Set;

/**
 * A village notice (公示) or the county's announcement (公告) of an identification was published, with only what may
 * be shown to the public: the head's name, the kind and its causes or risks, and the period it is posted for. Published
 * in the transaction of the step that led there, so a listener's copy stands or falls with it.
 */
public record IdentificationPublished(
        long caseId,
        Stage stage,
        String villageCode,
        String headName,
        Category kind,
        Set<PovertyFactor> factors,
        LocalDate from,
        LocalDate to) {

    /** Which of the two publications. */
    public enum Stage {
        NOTICE,
        ANNOUNCEMENT
    }
}
