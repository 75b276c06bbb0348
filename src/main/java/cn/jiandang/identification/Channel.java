package cn.jiandang.identification;

/** How an application reached the system. */
public enum Channel {
    VILLAGE("村级录入"),
    APP("手机APP"),
    HOTLINE_12317("12317热线"),
    ONLINE_HALL("网上服务大厅");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
