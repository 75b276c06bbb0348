package cn.jiandang.region;

/** A region as other modules and views see it. */
public record RegionView(RegionCode code, RegionCode parent, RegionLevel level, String name, boolean deepPoverty) {}
