package cn.jiandang.household;

/** A member's 学历（文化程度）, as the archive codes it. */
public enum Education {
    PRESCHOOL("学龄前儿童"),
    ILLITERATE("文盲或半文盲"),
    PRIMARY("小学"),
    JUNIOR_SECONDARY("初中"),
    SENIOR_SECONDARY("高中"),
    VOCATIONAL("中专（中职）"),
    TERTIARY("大专及以上");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
