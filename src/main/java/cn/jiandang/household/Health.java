package cn.jiandang.household;

/** A member's 健康状况, as the archive codes it. */
public enum Health {
    HEALTHY("健康"),
    CHRONIC_ILLNESS("长期慢性病"),
    SERIOUS_ILLNESS("患有大病"),
    DISABLED("残疾");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
