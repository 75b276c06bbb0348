package cn.jiandang.assistance;

/** The national catalogue of assistance measures (帮扶措施). */
public enum MeasureType {
    INDUSTRY("产业帮扶", false),
    EMPLOYMENT("就业帮扶", false),
    PUBLIC_WELFARE_JOB("公益岗位", false),
    SKILLS_TRAINING("技能培训", false),
    MICROCREDIT("小额信贷", false),
    EDUCATION("教育帮扶", false),
    HEALTH("健康帮扶", false),
    HOUSING_RENOVATION("危房改造", true),
    ACCESS_ROAD("入户路改造", true),
    DRINKING_WATER("安全饮水", true),
    RELOCATION("易地扶贫搬迁", false),
    ECOLOGICAL("生态帮扶", false),
    ASSET_INCOME("资产收益", false),
    CONSUMPTION("消费帮扶", false),
    SOCIAL_SECURITY("社会保障兜底", false),
    OTHER("其他", false);

    private final String label;
    private final boolean fromComparison;

    MeasureType(String label, boolean fromComparison) {
        this.label = label;
        this.fromComparison = fromComparison;
    }

    public String label() {
        return label;
    }

    /** Measures that used to be derived from year-on-year comparison of the data; now captured like the others. */
    public boolean fromYearOnYearComparison() {
        return fromComparison;
    }
}
