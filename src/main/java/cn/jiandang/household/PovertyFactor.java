package cn.jiandang.household;

/** Causes of poverty (致贫原因), return causes and risks (风险): one coded list, risks being a superset. */
public enum PovertyFactor {
    ILLNESS("因病", true),
    DISABILITY("因残", true),
    EDUCATION("因学", true),
    DISASTER("因灾", true),
    LACK_OF_LAND("缺土地", true),
    LACK_OF_WATER("缺水", true),
    LACK_OF_SKILLS("缺技术", true),
    LACK_OF_LABOUR("缺劳力", true),
    LACK_OF_FUNDS("缺资金", true),
    POOR_TRANSPORT("交通条件落后", true),
    LACK_OF_MOTIVATION("自身发展动力不足", true),
    EPIDEMIC("因疫情", true),
    OTHER("其他", true),
    ACCIDENT("因意外事故", false),
    UNSTABLE_EMPLOYMENT("就业不稳", false),
    INDUSTRY_FAILURE("产业项目失败", false),
    HOUSING_UNSAFE("住房安全问题", false),
    DRINKING_WATER_UNSAFE("饮水安全问题", false),
    HIGH_EXPENSES("刚性支出较大", false);

    private final String label;
    private final boolean cause;

    PovertyFactor(String label, boolean cause) {
        this.label = label;
        this.cause = cause;
    }

    public String label() {
        return label;
    }

    /** True when the code is valid as a cause of poverty or return cause; every code is a valid risk. */
    public boolean isCause() {
        return cause;
    }
}
