package cn.jiandang.household;

/** The six household categories of the glossary. */
public enum Category {
    POOR("贫困户"),
    EXITED("脱贫户"),
    RETURNED("返贫户"),
    NEWLY_POOR("新致贫户"),
    MONITORED("脱贫监测户"),
    MARGINAL("边缘户");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Monitored and marginal households are the monitoring objects (监测对象). */
    public boolean isMonitoringObject() {
        return this == MONITORED || this == MARGINAL;
    }

    /** Which category a household may enter through identification, from its current one (null: none). */
    public static boolean mayIdentify(Category current, Category target) {
        return switch (target) {
            case NEWLY_POOR -> current == null || current == MARGINAL;
            case MARGINAL -> current == null;
            case RETURNED, MONITORED -> current == EXITED;
            default -> false;
        };
    }

    public static String labelOf(Category category) {
        return category == null ? "一般农户" : category.label();
    }

    /**
     * The category's key in the message bundles, for a label in the officer's language where the category travels
     * as text (the task list's lines): {@code enum.Category.POOR}; {@code enum.Category.NONE} for an ordinary
     * household.
     */
    public static String labelKey(Category category) {
        return "enum.Category." + (category == null ? "NONE" : category.name());
    }
}
