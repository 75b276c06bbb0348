package cn.jiandang.region;

import java.time.LocalDate;

/** A name a region bore from {@code validFrom} until the day before {@code validTo} (null: still valid). */
public record RegionNameView(
        RegionCode code,
        String name,
        LocalDate validFrom,
        LocalDate validTo,
        boolean temporary,
        RegionAdjustment reason) {}
