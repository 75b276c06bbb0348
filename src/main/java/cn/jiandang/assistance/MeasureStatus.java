package cn.jiandang.assistance;

/** Where an assistance measure stands. */
public enum MeasureStatus {
    PLANNED("待落实"),
    RECORDED("已录入"),
    RETURNED("退回补充"),
    CONFIRMED("已核验");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
