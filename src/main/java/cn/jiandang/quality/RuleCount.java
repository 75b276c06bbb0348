package cn.jiandang.quality;

/** What a run left open, newly found and closed for one rule in one county. */
public record RuleCount(String countyCode, String ruleCode, int openCount, int newCount, int closedCount) {

    public QualityRule rule() {
        return QualityRule.valueOf(ruleCode);
    }
}
