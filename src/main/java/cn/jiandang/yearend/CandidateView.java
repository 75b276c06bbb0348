package cn.jiandang.yearend;

import cn.jiandang.household.Category;

/** A household on a village's exit list and what the steps decided about it. */
public record CandidateView(long householdId, String headName, Category categoryBefore, boolean included,
                            boolean consent, String reason, String excludedStep, String objection, boolean exited) {
}
