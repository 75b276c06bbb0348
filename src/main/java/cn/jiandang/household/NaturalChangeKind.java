package cn.jiandang.household;

/** Natural changes of a household's members (自然变更), marked to the month. */
public enum NaturalChangeKind {
    BIRTH("出生", true),
    DEATH("死亡", false),
    MARRIAGE_IN("婚入", true),
    MARRIAGE_OUT("婚出", false),
    OTHER_IN("其他迁入", true),
    OTHER_OUT("其他迁出", false);

    private final String label;
    private final boolean joins;

    NaturalChangeKind(String label, boolean joins) {
        this.label = label;
        this.joins = joins;
    }

    public String label() {
        return label;
    }

    /** True when the person joins the household, false when the person leaves it. */
    public boolean joins() {
        return joins;
    }
}
