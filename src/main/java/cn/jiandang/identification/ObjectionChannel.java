package cn.jiandang.identification;

/** Where an objection to the public notice came from: entered by an officer, or raised on the public board. */
public enum ObjectionChannel {
    OFFICER("干部登记"),
    ONLINE("网上公示栏");

    private final String label;

    ObjectionChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
