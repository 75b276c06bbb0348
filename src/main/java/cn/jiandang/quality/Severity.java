package cn.jiandang.quality;

/** How serious a rule's finding is: an error to correct, a warning, or a candidate for review. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    REVIEW("待核实");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
