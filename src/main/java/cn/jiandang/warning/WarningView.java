package cn.jiandang.warning;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;

import java.time.Instant;
import java.util.List;

/**
 * A warning as its village verifies it: the household's summary (head's ID masked), the rule's risk and reason, its
 * signals (ID numbers masked), the identifications its category allows, and the outcome once verified.
 */
public record WarningView(
        long id,
        long householdId,
        String villageCode,
        Category category,
        String headName,
        String headIdMasked,
        int householdSize,
        PovertyFactor risk,
        String reason,
        WarningStatus status,
        Instant raisedAt,
        String processInstanceId,
        List<SignalView> signals,
        List<Category> identificationKinds,
        String decidedBy,
        String comment,
        Category identificationKind,
        Long identificationCaseId) {}
