package cn.jiandang.yearend;

import cn.jiandang.household.Category;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A household on a village's exit list, its per-capita net income of the round's year (R6, as read when the round
 * opened) and what the steps decided about it, with the needs found not secure.
 */
public record CandidateView(
        long householdId,
        String headName,
        Category categoryBefore,
        boolean included,
        boolean consent,
        String reason,
        String excludedStep,
        String objection,
        boolean exited,
        BigDecimal perCapitaIncome,
        Set<BasicNeed> insecure) {}
