package cn.jiandang.featureaccess;

/** What happened to a function of a province: every opening and closing is kept. */
public enum GrantEvent {
    REQUESTED("申请开放"),
    REJECTED("不予开放"),
    OPENED("开放"),
    CLOSE_REQUESTED("通知关闭"),
    CLOSE_REFUSED("不同意提前关闭"),
    CLOSED("提前关闭"),
    EXPIRED("到期关闭");

    private final String label;

    GrantEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
