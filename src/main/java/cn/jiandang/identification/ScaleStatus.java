package cn.jiandang.identification;

/** Result of the monitoring-scale decision (R2). */
public enum ScaleStatus {
    OK("未超规模"),
    NEAR("接近上限"),
    OVER("超出上限");

    private final String label;

    ScaleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
