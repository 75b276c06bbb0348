package cn.jiandang.riskelimination;

/** Where a risk-elimination case stands. */
public enum RiskCaseStatus {
    OPEN("办理中"),
    ELIMINATED("风险已消除"),
    REJECTED("未通过");

    private final String label;

    RiskCaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
