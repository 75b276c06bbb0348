package cn.jiandang.identification;

/** Where an objection to the public notice stands. */
public enum ObjectionStatus {
    OPEN("待处理"),
    DISMISSED("不成立"),
    UPHELD("成立"),
    CLOSED("随申请撤回");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
