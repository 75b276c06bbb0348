package cn.jiandang.household;

/** Which list a factor belongs to on a household. */
public enum FactorKind {
    CAUSE("致贫原因"),
    RETURN_CAUSE("返贫原因"),
    RISK("风险");

    private final String label;

    FactorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The list that identification into a category records. */
    public static FactorKind forCategory(Category category) {
        return switch (category) {
            case RETURNED -> RETURN_CAUSE;
            case MONITORED, MARGINAL -> RISK;
            default -> CAUSE;
        };
    }
}
