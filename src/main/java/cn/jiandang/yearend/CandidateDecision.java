package cn.jiandang.yearend;

import java.util.Set;

/**
 * An exception in a bulk decision: this household is excluded (with the reason), has not given consent, or has
 * needs found not secure ({@code insecure}; null leaves what an earlier step recorded). A household with an insecure
 * need cannot be included.
 */
public record CandidateDecision(
        long householdId, boolean included, boolean consent, String reason, Set<BasicNeed> insecure) {

    public CandidateDecision(long householdId, boolean included, boolean consent, String reason) {
        this(householdId, included, consent, reason, null);
    }
}
