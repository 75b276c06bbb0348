package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;

import java.time.Instant;
import java.util.Set;

/** An identification case as forms and other modules see it. */
public record IdentificationCaseView(long id, long householdId, String villageCode, Category kind, Channel channel,
                                     CaseStatus status, Set<PovertyFactor> factors, String processInstanceId,
                                     String startedBy, Instant startedAt, String decidedBy, Instant decidedAt,
                                     String decisionComment) {
}
