package cn.jiandang.household.internal;

import cn.jiandang.household.Category;
import cn.jiandang.household.Relation;

/**
 * One row of the summaries' query: a household and one of its members (all member fields null for a household
 * without members), as scalars: no entity is loaded for a list or a notice that only names the head.
 */
public record SummaryRow(
        Long householdId,
        String villageCode,
        Category category,
        Long memberId,
        String name,
        String idNumber,
        Relation relation,
        Boolean departed) {}
