package cn.jiandang.featureaccess;

/** The functions a province asks the centre to open (R12); statistics is always open. */
public enum Feature {
    IDENTIFICATION_NEWLY_POOR("新致贫户识别"),
    IDENTIFICATION_RETURNED("返贫户识别"),
    IDENTIFICATION_MONITORED("脱贫监测户识别"),
    IDENTIFICATION_MARGINAL("边缘户识别"),
    NATURAL_CHANGE("自然变更"),
    BASE_DATA_EDIT("基础信息修改"),
    ASSISTANCE("帮扶信息录入"),
    RISK_ELIMINATION("风险消除"),
    YEAR_END_EXIT("年度脱贫退出"),
    STATISTICS("统计分析");

    private final String label;

    Feature(String label) {
        this.label = label;
    }

    /** The Chinese name, for service messages; screens use {@link #labelKey()} in the officer's language. */
    public String label() {
        return label;
    }

    /** The message-bundle key of this function's name (zh and en). */
    public String labelKey() {
        return "enum.Feature." + name();
    }

    /**
     * The identification function of a target category code (NEWLY_POOR, RETURNED, MONITORED, MARGINAL), by name so
     * that this module needs no household type.
     */
    public static Feature forIdentification(String categoryCode) {
        return valueOf("IDENTIFICATION_" + categoryCode);
    }

    /** Statistics needs no opening. */
    public boolean alwaysOpen() {
        return this == STATISTICS;
    }
}
