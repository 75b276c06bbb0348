package cn.jiandang.region;

/** Administrative levels with the number of significant digits of their division code. */
public enum RegionLevel {
    NATIONAL(0, "全国"),
    PROVINCE(2, "省"),
    CITY(4, "市"),
    COUNTY(6, "县"),
    TOWNSHIP(9, "乡镇"),
    VILLAGE(12, "村");

    private final int digits;
    private final String label;

    RegionLevel(int digits, String label) {
        this.digits = digits;
        this.label = label;
    }

    public int digits() {
        return digits;
    }

    public String label() {
        return label;
    }

    public RegionLevel parent() {
        return this == NATIONAL ? null : values()[ordinal() - 1];
    }
}
