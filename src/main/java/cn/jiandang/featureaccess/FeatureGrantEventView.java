package cn.jiandang.featureaccess;

import java.time.Instant;

/** One line of the opening/closing history. */
public record FeatureGrantEventView(
        long grantId, String provinceCode, Feature feature, GrantEvent event, Instant at, String by, String comment) {}
