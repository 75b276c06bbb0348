package cn.jiandang.household;

import java.time.YearMonth;
import java.util.Set;

/** A category change decided by a procedure: who, which procedure instance, and what it records. */
public record CategoryChangeRequest(
        long householdId,
        Category to,
        YearMonth identificationMonth,
        Set<PovertyFactor> factors,
        String actor,
        String procedure,
        String processInstanceId) {}
