package cn.jiandang.rectification;

/** Where a rectification case stands. */
public enum RectificationStatus {
    ASSIGNED("待整改"),
    VERIFYING("已整改待核实"),
    SUBMITTED("待验收"),
    CLOSED("已销号");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
