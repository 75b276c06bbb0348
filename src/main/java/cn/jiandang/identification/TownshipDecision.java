package cn.jiandang.identification;

/** What the township's review decides. */
public enum TownshipDecision {
    APPROVE("同意，报县级审批"),
    REJECT("不同意，不予识别"),
    RETURN("退回村级重新核实");

    private final String label;

    TownshipDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
