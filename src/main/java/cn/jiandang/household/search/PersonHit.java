package cn.jiandang.household.search;

import cn.jiandang.household.Category;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;

/**
 * Who a person with an ID number is and in which household (R16: at most one): the household the person is in now,
 * or left last ({@code departed}). The ID number masked, as in lists.
 */
public record PersonHit(
        long householdId,
        long memberId,
        String name,
        String idNumberMasked,
        Relation relation,
        boolean departed,
        RegionCode villageCode,
        String villagePath,
        Category category) {}
