package cn.jiandang.region;

import java.time.LocalDate;

/** A region's validity (null from: since the beginning; null to: still valid) and its successor once it ended. */
public record RegionStatus(RegionCode code, LocalDate validFrom, LocalDate validTo, RegionCode successor) {}
