package cn.jiandang.quality;

/** Where a run stands: waiting for a worker, running, done, or failed (with the reason). */
public enum RunStatus {
    QUEUED("排队中"),
    RUNNING("运行中"),
    DONE("已完成"),
    FAILED("失败");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
