package cn.jiandang.rectification;

/** Where a problem was found. */
public enum ProblemSource {
    DATA_CLEANSING("数据清洗"),
    INSPECTION("巡视“回头看”"),
    APP_REPORT("手机APP反映");

    private final String label;

    ProblemSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
