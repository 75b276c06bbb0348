package cn.jiandang.household;

/** A member's 劳动能力, as the archive codes it. */
public enum WorkingAbility {
    SKILLED("技能劳动力"),
    ORDINARY("普通劳动力"),
    WEAK("弱劳动力或半劳动力"),
    LOST("丧失劳动力"),
    NONE("无劳动力");

    private final String label;

    WorkingAbility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
