package cn.jiandang.exchange;

/** What happens to the valid households of a file with bad rows: nothing written, or the valid ones kept. */
public enum ImportMode {
    ALL_OR_NOTHING("全部正确才导入"),
    VALID_ROWS("导入正确的户");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
