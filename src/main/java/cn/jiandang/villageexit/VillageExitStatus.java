package cn.jiandang.villageexit;

/** Where a village-exit case stands. */
public enum VillageExitStatus {
    PROPOSED("县级审核中"),
    NOTICE("公示中"),
    ANNOUNCING("待县级公告"),
    EXITED("已出列"),
    REJECTED("未通过");

    private final String label;

    VillageExitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
