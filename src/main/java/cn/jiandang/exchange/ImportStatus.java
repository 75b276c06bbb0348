package cn.jiandang.exchange;

/** Where an import stands. */
public enum ImportStatus {
    QUEUED("排队中"),
    RUNNING("导入中"),
    DONE("已完成"),
    FAILED("失败");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
