package cn.jiandang.identification;

/** What follows an upheld objection to the public notice. */
public enum ObjectionAction {
    REVERIFY("退回重新入户核实"),
    REJECT("不予识别");

    private final String label;

    ObjectionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
