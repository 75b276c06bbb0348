package cn.jiandang.yearend;

/** Where a village's year-end case stands. */
public enum YearEndStatus {
    APPRAISAL("民主评议"),
    NOTICE("村内公示"),
    TOWNSHIP("乡镇核实"),
    COUNTY("县级审批"),
    ANNOUNCING("待公告"),
    DONE("已公告退出");

    private final String label;

    YearEndStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
