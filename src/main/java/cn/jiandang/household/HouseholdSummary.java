package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

/** One line of a household list: no personal data beyond the head's name and masked ID. */
public record HouseholdSummary(
        long id, RegionCode villageCode, Category category, String headName, String headIdMasked, int size) {}
