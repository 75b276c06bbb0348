package cn.jiandang.riskelimination;

/** What the township's review of a risk-elimination proposal decides. */
public enum ReviewDecision {
    APPROVE("同意，报县级审批"),
    REJECT("不同意"),
    RETURN("退回村级重新核实");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
