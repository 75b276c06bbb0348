package cn.jiandang.quality;

/**
 * One problem as a list shows it: the rule, the household (by its head's ID number, masked unless the caller may see
 * it in full; the internal id only for links), where it lies, what is wrong, and whether it is still open or issued.
 */
public record ProblemView(
        long id,
        String ruleCode,
        long householdId,
        String headName,
        String headIdNumber,
        String villageCode,
        String countyCode,
        String message,
        boolean open,
        Long rectificationCase) {

    public QualityRule rule() {
        return QualityRule.valueOf(ruleCode);
    }
}
