package cn.jiandang.identification;

/** Where an identification case stands. */
public enum CaseStatus {
    OPEN("办理中"),
    APPROVED("已识别"),
    REJECTED("未通过");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
