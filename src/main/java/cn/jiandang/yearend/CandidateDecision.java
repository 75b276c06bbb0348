package cn.jiandang.yearend;

/** An exception in a bulk decision: this household is excluded (with the reason) or has not given consent. */
public record CandidateDecision(long householdId, boolean included, boolean consent, String reason) {
}
