package cn.jiandang.statistics;

/** A region's early warnings of one day: raised, verified as no risk, and turned into an identification. */
public record WarningCounts(long raised, long noRisk, long identified) {

    public static final WarningCounts NONE = new WarningCounts(0, 0, 0);
}
