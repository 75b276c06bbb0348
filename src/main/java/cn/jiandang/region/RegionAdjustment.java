package cn.jiandang.region;

/** Why a region's name or code changed (行政区划据实调整). */
public enum RegionAdjustment {
    CREATED("新设"),
    RENAMED("更名"),
    TEMPORARY_NAME_REPLACED("暂用名称更正"),
    MERGED("合并"),
    SPLIT("拆分"),
    MOVED("隶属关系调整");

    private final String label;

    RegionAdjustment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
