package cn.jiandang.featureaccess;

/** Where a function-opening request stands. */
public enum GrantStatus {
    REQUESTED("待审批"),
    REJECTED("未批准"),
    OPEN("已开放"),
    CLOSE_REQUESTED("申请关闭中"),
    CLOSED("已提前关闭"),
    EXPIRED("到期关闭");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The function is usable (within its period) in these states. */
    public boolean open() {
        return this == OPEN || this == CLOSE_REQUESTED;
    }

    public boolean live() {
        return this == REQUESTED || open();
    }
}
